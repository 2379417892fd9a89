import { describe, expect, it } from 'vitest';
import { createReplayFilter } from './replay-filter';

/** Feeds lines and returns every line handed on, in order. */
function feed(filter: ReturnType<typeof createReplayFilter>, lines: string[]): string[] {
  return lines.flatMap((line) => filter.accept(line));
}

describe('the replay filter of a reopened event stream', () => {
  it('hands every line on while a stream stays open, identical ones included', () => {
    const filter = createReplayFilter();
    filter.streamOpened(false);
    expect(feed(filter, ['a', 'b', 'b', 'a'])).toEqual(['a', 'b', 'b', 'a']);
  });

  it('drops what a reopened stream sends again, then hands on what is new', () => {
    const filter = createReplayFilter();
    filter.streamOpened(false);
    feed(filter, ['a', 'b', 'c']);
    filter.streamOpened(true);
    expect(feed(filter, ['b', 'c', 'd'])).toEqual(['d']);
    expect(feed(filter, ['c'])).toEqual(['c']);
  });

  it('hands on new events after a reopen when nothing is replayed', () => {
    const filter = createReplayFilter();
    filter.streamOpened(false);
    feed(filter, ['a', 'b']);
    filter.streamOpened(true);
    expect(feed(filter, ['x', 'a', 'b'])).toEqual(['x', 'a', 'b']);
  });

  it('keeps a look-alike that does not run to the end of what was delivered', () => {
    const filter = createReplayFilter();
    filter.streamOpened(false);
    feed(filter, ['busy', 'free', 'call-2']);
    filter.streamOpened(true);
    // "busy" matches an old line, is held while it could start a replay, then released in order.
    expect(filter.accept('busy')).toEqual([]);
    expect(filter.accept('call-3')).toEqual(['busy', 'call-3']);
  });

  it('releases a held line when the stream goes quiet', () => {
    const filter = createReplayFilter();
    filter.streamOpened(false);
    feed(filter, ['a', 'b']);
    filter.streamOpened(true);
    expect(filter.accept('a')).toEqual([]);
    expect(filter.flush()).toEqual(['a']);
    expect(filter.flush()).toEqual([]);
  });

  it('never drops anything from a new subscription', () => {
    const filter = createReplayFilter();
    filter.streamOpened(false);
    feed(filter, ['a', 'b']);
    filter.streamOpened(false);
    expect(feed(filter, ['b', 'a', 'b'])).toEqual(['b', 'a', 'b']);
  });

  it('recognises a replay among repeated lines by its order', () => {
    const filter = createReplayFilter();
    filter.streamOpened(false);
    feed(filter, ['x', 'y', 'x', 'z']);
    filter.streamOpened(true);
    expect(feed(filter, ['x', 'z', 'new'])).toEqual(['new']);
  });

  it('remembers a bounded number of lines', () => {
    const filter = createReplayFilter(2);
    filter.streamOpened(false);
    feed(filter, ['a', 'b', 'c']);
    filter.streamOpened(true);
    // "a" is forgotten: it can no longer be taken for a replay.
    expect(feed(filter, ['a'])).toEqual(['a']);
  });
});
