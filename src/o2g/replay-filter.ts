/** How many lines of earlier streams are remembered to recognise a replay. */
const REPLAY_MEMORY = 200;

export interface ReplayFilter {
  /**
   * A stream opened. On the same subscription the O2G may send again what the last stream already
   * delivered; a new subscription starts afresh, so nothing it sends can be a replay.
   */
  streamOpened: (sameSubscription: boolean) => void;
  /** Takes one event line; returns the lines to handle now (none while a possible replay is pending). */
  accept: (text: string) => string[];
  /** No more lines soon (idle, keepalive, end of stream): a pending partial match was not a replay. */
  flush: () => string[];
}

/**
 * Keeps a reopened event stream from handling any event twice, without dropping events that merely look
 * alike. O2G events carry no sequence number, so a replay is recognised by its shape: right after a
 * reopen, a run of lines identical to the end of what earlier streams delivered, in the same order, and
 * reaching its very last line. Lines that could still be such a run are held back until the run ends
 * (replay: dropped) or breaks off (not a replay: handled, in order). Within one stream nothing is ever
 * dropped, so two legitimately identical events both count.
 */
export function createReplayFilter(memory = REPLAY_MEMORY): ReplayFilter {
  let delivered: string[] = [];
  // While catching up: where in `delivered` a replay could have started, and the lines held back.
  let starts: number[] | undefined;
  let pending: string[] = [];

  const remember = (lines: string[]) => {
    delivered = [...delivered, ...lines].slice(-memory);
    return lines;
  };
  const release = (extra: string[] = []) => {
    const lines = [...pending, ...extra];
    starts = undefined;
    pending = [];
    return remember(lines);
  };

  return {
    streamOpened: (sameSubscription) => {
      release();
      starts = sameSubscription && delivered.length > 0 ? delivered.map((_, index) => index) : undefined;
    },
    accept: (text) => {
      if (!starts) return remember([text]);
      const offset = pending.length;
      const matching = starts.filter((start) => delivered[start + offset] === text);
      if (matching.length === 0) return release([text]);
      // A run that reaches the last delivered line is a replay: drop it and stop catching up.
      if (matching.some((start) => start + offset === delivered.length - 1)) {
        starts = undefined;
        pending = [];
        return [];
      }
      starts = matching;
      pending = [...pending, text];
      return [];
    },
    flush: () => release(),
  };
}
