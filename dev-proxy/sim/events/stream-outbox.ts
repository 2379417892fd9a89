/** Streams the outbox writes to at once before it lets the server take other work. */
export const STREAMS_PER_TURN = 64;

/** What the outbox needs of a stream: somewhere to write its lines. */
export interface OutboxStream {
  write(text: string): void;
}

/**
 * Event lines on their way to open streams. An event of a user goes to every stream of every session
 * of that user: with hundreds of sessions, writing them all in the request that caused the event held
 * every other request back (each write is a system call, and the proxy forwards each one in turn). So
 * lines wait here and go out on the next turns of the event loop, a slice of streams at a time, other
 * requests being served in between. A stream's lines keep their order, and the lines a stream gathers
 * until its turn go out as one write.
 */
export class StreamOutbox<S extends OutboxStream> {
  /** Streams with lines waiting, in the order their first waiting line came. */
  readonly #waiting = new Map<S, string[]>();
  #turnComing = false;

  constructor(private readonly streamsPerTurn = STREAMS_PER_TURN) {}

  /** Queues lines (each ending with its newline) for a stream. */
  add(stream: S, lines: readonly string[]): void {
    if (lines.length === 0) return;
    const waiting = this.#waiting.get(stream);
    if (waiting) waiting.push(...lines);
    else this.#waiting.set(stream, [...lines]);
    this.#comeBack();
  }

  /** Writes a stream's waiting lines now: before it ends, so that nothing published before is lost. */
  flush(stream: S): void {
    const lines = this.#waiting.get(stream);
    if (!lines) return;
    this.#waiting.delete(stream);
    stream.write(lines.join(''));
  }

  /** Forgets a stream's waiting lines: its client is gone. */
  drop(stream: S): void {
    this.#waiting.delete(stream);
  }

  /** Asks for a turn of the event loop after the I/O it has waiting (setImmediate), once. */
  #comeBack(): void {
    if (this.#turnComing) return;
    this.#turnComing = true;
    setImmediate(() => this.#writeSlice());
  }

  #writeSlice(): void {
    this.#turnComing = false;
    let written = 0;
    for (const stream of this.#waiting.keys()) {
      if (written === this.streamsPerTurn) break;
      this.flush(stream);
      written += 1;
    }
    if (this.#waiting.size > 0) this.#comeBack();
  }
}
