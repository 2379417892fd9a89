import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect(plural(1, 'operation')).toBe('1 operation');
    expect(plural(0, 'operation')).toBe('0 operations');
    expect(plural(37, 'operation')).toBe('37 operations');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });
});
