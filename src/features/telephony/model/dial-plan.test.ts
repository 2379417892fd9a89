import { describe, expect, it } from 'vitest';
import { buildLoopback, classifyNumber } from './dial-plan';

const LAB = [
  { number: '2001', name: 'Alice Martin', loginName: 'oxe2001' },
  { number: '2003', name: 'Carla Petit', loginName: 'oxe2003' },
];

describe('classifyNumber', () => {
  it.each([
    ['', 'empty', false],
    ['2', 'incomplete', false],
    ['200', 'incomplete', false],
    ['2001', 'extension', true],
    ['2009', 'unknown', false],
    ['1999', 'voicemail', true],
    ['199', 'incomplete', false],
    ['91', 'incomplete', false],
    ['9112', 'incomplete', false],
    ['912', 'incomplete', false],
    ['91123452003', 'loopback', true],
    ['91123452002', 'unknown', false],
    ['911234520031', 'unknown', false],
    ['5', 'unknown', false],
    ['20a1', 'invalid', false],
    ['*21', 'unknown', false],
    ['20 01', 'invalid', false],
  ] as const)('%j is %s', (typed, kind, callable) => {
    const result = classifyNumber(typed, LAB);
    expect(result.kind).toBe(kind);
    expect(result.callable).toBe(callable);
    // Anything typed that is a dial string may be tried; only empty text and other characters may not.
    expect(result.dialable).toBe(kind !== 'empty' && kind !== 'invalid');
    expect(result.message.length).toBeGreaterThan(0);
  });

  it('names the extension a number reaches, directly or through the trunk', () => {
    expect(classifyNumber('2001', LAB).message).toBe('Extension 2001 (Alice Martin).');
    const loop = classifyNumber(' 91000002003 ', LAB);
    expect(loop.extension?.loginName).toBe('oxe2003');
    expect(loop.message).toMatch(/external call/);
  });

  it('counts the loopback digits still missing', () => {
    expect(classifyNumber('9112345', LAB).message).toMatch(/4 more digit/);
  });
});

describe('buildLoopback', () => {
  it('keeps chosen digits and fills the rest at random', () => {
    expect(buildLoopback('2003', { xx: '12', yyy: '345' })).toBe('91123452003');
    expect(buildLoopback('2003', {}, () => 0.5)).toBe('91555552003');
    expect(buildLoopback('2003', { xx: '1x', yyy: '77' }, () => 0)).toBe('91000002003');
  });

  it('always builds a number the dial plan reads as a loopback to that extension', () => {
    for (let i = 0; i < 50; i += 1) {
      const result = classifyNumber(buildLoopback('2001'), LAB);
      expect(result.kind).toBe('loopback');
      expect(result.extension?.number).toBe('2001');
    }
  });
});
