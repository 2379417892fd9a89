// A log sink that writes once per turn of the event loop instead of once per line. Writing to a
// terminal or a file is synchronous in Node, so a line per request would put a system call on every
// request's path; under load many lines now share one write, and a quiet proxy still shows each line
// at once (the next turn).

/** A line sink, plus a way to write what is pending now (before exit). */
export interface BatchedLog {
  (line: string): void;
  flush(): void;
}

/** Lines kept before a write is forced, whatever the turn. */
const MAX_PENDING_LINES = 256;

/** Gathers lines and hands them to `write` joined by newlines, once per event-loop turn. */
export function batchedLog(write: (text: string) => void): BatchedLog {
  let pending: string[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = pending.join('\n');
    pending = [];
    write(text);
  };
  const log = (line: string): void => {
    pending.push(line);
    if (pending.length >= MAX_PENDING_LINES) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return Object.assign(log, { flush });
}
