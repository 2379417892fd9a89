import { describe, expect, it } from 'vitest';
import { droppedWords, durationWords } from './lab-words';

describe('lab words', () => {
  it('say durations as a person reads them', () => {
    expect(durationWords(21)).toBe('21 s');
    expect(durationWords(60)).toBe('1 min');
    expect(durationWords(1861)).toBe('31 min 1 s');
  });

  it('count dropped channels with the right plural, and say when there was none', () => {
    expect(droppedWords(0)).toBe('No event channel was open.');
    expect(droppedWords(1)).toBe('1 event channel was cut; the console reconnects by itself.');
    expect(droppedWords(3)).toBe('3 event channels were cut; the console reconnects by itself.');
  });
});
