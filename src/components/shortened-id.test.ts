import { describe, expect, it } from 'vitest';
import { shortenedId } from './shortened-id';

describe('shortenedId', () => {
  it.each([
    ['c0ffee0000000001', 'c0ffee…0001'],
    ['sub-7f3a9c-live-channel', 'sub-7f…nnel'],
    ['3f2a9b7c1d4e5f60718293a4b5c6d7e8', '3f2a9b…d7e8'],
  ])('shortens the id %s to %s', (id, short) => {
    expect(shortenedId(id)).toBe(short);
  });

  it.each(['oxe2001', '1.0', 'incomingCallbacks', 'messaging', '2026-01-15T09:41:07.000Z', 'abc123'])(
    'keeps %s whole: short, a word, or not an id',
    (text) => {
      expect(shortenedId(text)).toBeUndefined();
    },
  );
});
