import { describe, expect, it } from 'vitest';
import { toO2gJson } from './o2g-json';

describe('toO2gJson', () => {
  it('omits false and null members at every depth but keeps empty arrays, zeros and empty strings', () => {
    const value = {
      callRef: 'a6aaea5b21000700',
      anonymous: false,
      cause: null,
      tags: [],
      count: 0,
      text: '',
      capabilities: { answer: true, drop: false, nested: [{ hold: false, retrieve: true }] },
    };
    expect(toO2gJson(value)).toEqual({
      callRef: 'a6aaea5b21000700',
      tags: [],
      count: 0,
      text: '',
      capabilities: { answer: true, nested: [{ retrieve: true }] },
    });
  });

  it('keeps the false members an answer asks to keep', () => {
    expect(toO2gJson({ haMode: false, other: false }, { keepFalse: ['haMode'] })).toEqual({ haMode: false });
  });
});
