import { describe, expect, it } from 'vitest';
import { curlCommand, withRevealedCredential } from './curl-command';
import { runShell } from './shell-harness';
import {
  RAW_SECRETS,
  exchange,
  rawAuthenticate,
  rawMailboxLogin,
  rawSubscribe,
  rawUnsubscribe,
} from '../testing/test-exchanges';

const ORIGIN = 'http://127.0.0.1:5173';

/** The argv curl would get when a shell runs the command, recorded by a stand-in `curl` function. */
async function argvOf(command: string, env: Record<string, string> = {}): Promise<string[]> {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}`;
  return (await runShell(script, env)).split('\0').slice(0, -1);
}

describe('curlCommand', () => {
  it('targets the O2G itself, with the credential as a placeholder cookie', async () => {
    const { text, variables } = curlCommand(exchange(), ORIGIN);
    expect(text).toBe(
      [
        'curl -X GET https://127.0.0.1:8743/api/rest/1.0/sessions',
        "-H 'Accept: application/json'",
        '-H "Cookie: AlcUserId=$O2G_CREDENTIAL"',
      ].join(' \\\n  '),
    );
    expect(variables).toEqual(['O2G_CREDENTIAL']);
    expect(await argvOf(text, { O2G_CREDENTIAL: 'cred-1' })).toEqual([
      '-X',
      'GET',
      'https://127.0.0.1:8743/api/rest/1.0/sessions',
      '-H',
      'Accept: application/json',
      '-H',
      'Cookie: AlcUserId=cred-1',
    ]);
  });

  it('leaves the subscription id out of the command, in the path as in the body', () => {
    for (const raw of [rawSubscribe, rawUnsubscribe]) {
      const { text } = curlCommand(raw, ORIGIN);
      for (const secret of RAW_SECRETS) expect(text).not.toContain(secret);
    }
    expect(curlCommand(rawUnsubscribe, ORIGIN).text).toContain('/subscriptions/%5Bredacted%5D');
  });

  it('uses login and password placeholders for the authenticate request', async () => {
    const { text, variables } = curlCommand(rawAuthenticate, ORIGIN);
    expect(text).toContain('-u "$O2G_LOGIN:$O2G_PASSWORD"');
    expect(text).not.toMatch(/Authorization|Cookie/i);
    expect(variables).toEqual(['O2G_LOGIN', 'O2G_PASSWORD']);
    expect(await argvOf(text, { O2G_LOGIN: 'admin', O2G_PASSWORD: 'pw' })).toContain('admin:pw');
  });

  it('quotes URL and body so a shell passes them exactly, and leaks no secret', async () => {
    const { text } = curlCommand(rawMailboxLogin, ORIGIN);
    for (const secret of RAW_SECRETS) expect(text).not.toContain(secret);
    const argv = await argvOf(text, { O2G_CREDENTIAL: 'cred-2' });
    expect(argv.slice(0, 3)).toEqual([
      '-X',
      'POST',
      "https://127.0.0.1:8743/api/rest/1.0/messaging/mailboxes/2001?loginName=o'brien&password=%5Bredacted%5D",
    ]);
    expect(argv).toContain('Content-Type: application/json');
    expect(argv).toContain('Cookie: AlcUserId=cred-2');
    expect(argv.filter((arg) => /x-o2g-credential/i.test(arg))).toEqual([]);
    expect(argv.at(-2)).toBe('--data-raw');
    expect(JSON.parse(argv.at(-1) ?? '')).toEqual({ password: '[redacted]', note: "it's mine" });
  });

  it('makes a URL outside the proxy absolute against the console', () => {
    const { text } = curlCommand(exchange({ url: '/o2g/__targets', requestHeaders: {} }), ORIGIN);
    expect(text).toBe('curl -X GET http://127.0.0.1:5173/o2g/__targets');
  });
});

describe('withRevealedCredential', () => {
  it('puts the revealed credential where the placeholder was, and the vault headers stay out', async () => {
    const withVault = exchange({
      requestHeaders: {
        accept: 'application/json',
        cookie: '[redacted]',
        'x-o2g-vault': '1',
        'x-o2g-cookies': 'none',
      },
    });
    const placeholder = curlCommand(withVault, ORIGIN);
    expect(placeholder.text).not.toContain('X-O2G');
    const revealed = withRevealedCredential(placeholder, 'eyJhbGciOi.cred-2');
    expect(revealed.variables).toEqual([]);
    expect(await argvOf(revealed.text)).toContain('Cookie: AlcUserId=eyJhbGciOi.cred-2');
  });
});
