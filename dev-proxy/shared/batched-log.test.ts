import { describe, expect, it } from 'vitest';
import { batchedLog } from './batched-log';

describe('the batched log sink', () => {
  it('writes the lines of one turn together, in order, on the next turn', async () => {
    const writes: string[] = [];
    const log = batchedLog((text) => writes.push(text));
    log('a');
    log('b');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['a\nb']);
    log('c');
    log.flush();
    expect(writes).toEqual(['a\nb', 'c']);
  });

  it('does not hold an unbounded number of lines', () => {
    const writes: string[] = [];
    const log = batchedLog((text) => writes.push(text));
    for (let i = 0; i < 600; i += 1) log(`line ${i}`);
    expect(writes.length).toBe(2);
    expect(writes[0]?.split('\n')).toHaveLength(256);
  });
});
