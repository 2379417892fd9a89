// Answers that name O2G endpoints are read whole to be rewritten; everything else is streamed. The bytes
// held for rewriting are bounded per answer and across all requests at once, so that concurrent large
// answers cannot grow the proxy's memory without end. An answer that does not fit is passed on as the
// O2G sent it (docs/decisions/0004): the proxy never fails a request for its own bookkeeping.

/** Largest endpoint answer held for rewriting; real ones are under a kilobyte. */
export const DEFAULT_MAX_REWRITE_BYTES = 256 * 1024;

/** Bytes held for rewriting across every request at once. */
export const DEFAULT_REWRITE_BUFFER_BYTES = 8 * 1024 * 1024;

/** The shared count of bytes held for rewriting. */
export class RewriteBudget {
  #held = 0;

  constructor(
    /** Across all requests. */
    readonly totalBytes: number = DEFAULT_REWRITE_BUFFER_BYTES,
    /** For one answer. */
    readonly answerBytes: number = DEFAULT_MAX_REWRITE_BYTES,
  ) {}

  /** Bytes held now. */
  get held(): number {
    return this.#held;
  }

  /** Takes `bytes` for an answer that already holds `answerHeld`; false (nothing taken) when over a bound. */
  take(bytes: number, answerHeld: number): boolean {
    if (answerHeld + bytes > this.answerBytes || this.#held + bytes > this.totalBytes) return false;
    this.#held += bytes;
    return true;
  }

  /** Gives back what an answer held. */
  release(bytes: number): void {
    this.#held = Math.max(0, this.#held - bytes);
  }
}
