import { describe, expect, it } from 'vitest';
import { toNdjson } from './ndjson';
import { RAW_EXCHANGES, RAW_SECRETS, exchange, rawMailboxLogin } from '../testing/test-exchanges';

describe('toNdjson', () => {
  it('writes one JSON exchange per line, ending with a newline', () => {
    const text = toNdjson([exchange(), rawMailboxLogin], 'http://127.0.0.1:5173');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(first).toMatchObject({
      id: 1,
      method: 'GET',
      status: 200,
      startedAt: '2025-01-31T10:20:30.123Z',
      o2gUrl: 'https://127.0.0.1:8743/api/rest/1.0/sessions',
    });
    // A body with a newline still stays on its own line.
    expect(toNdjson([exchange({ responseBody: 'a\nb' })], 'http://x').split('\n')).toHaveLength(2);
  });

  it('is empty for an empty log', () => {
    expect(toNdjson([], 'http://x')).toBe('');
  });

  it('leaves no secret in the file even from unredacted exchanges', () => {
    const text = toNdjson(RAW_EXCHANGES, 'http://x');
    for (const secret of RAW_SECRETS) expect(text).not.toContain(secret);
  });
});
