import { describe, expect, it } from 'vitest';
import { runShell } from './shell-harness';
import { shellQuote, shellQuoteWithVariables } from './shell-quote';

/** What a real POSIX shell makes of a quoted word: the proof that the quoting is right. */
function throughShell(quoted: string, env: Record<string, string> = {}): Promise<string> {
  return runShell(`printf '%s' ${quoted}`, env);
}

describe('shellQuote', () => {
  it('leaves plain words bare and quotes everything else', () => {
    expect(shellQuote('GET')).toBe('GET');
    expect(shellQuote('https://h:1/api/rest')).toBe('https://h:1/api/rest');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote('')).toBe("''");
  });

  it.each([
    "it's",
    '$HOME `id` $(id) "x" \\ ! * ? ~ #',
    '{"note":"it\'s mine"}',
    "''",
    'line one\nline two',
    'https://h/x?a=1&b=2;c',
  ])('passes %j through a shell unchanged', async (word) => {
    expect(await throughShell(shellQuote(word))).toBe(word);
  });
});

describe('shellQuoteWithVariables', () => {
  it('expands the named placeholders and nothing else', async () => {
    const quoted = shellQuoteWithVariables('Cookie: AlcUserId=$O2G_CREDENTIAL "$HOME" `id`', [
      'O2G_CREDENTIAL',
    ]);
    expect(await throughShell(quoted, { O2G_CREDENTIAL: 'abc', HOME: '/nowhere' })).toBe(
      'Cookie: AlcUserId=abc "$HOME" `id`',
    );
  });
});
