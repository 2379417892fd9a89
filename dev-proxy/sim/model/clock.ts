/**
 * The simulator's only source of time. Session TTLs, ring timeouts and voicemail deposits all read it, so
 * tests can move time by hand instead of waiting, and the model never needs a timer of its own.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** Wall-clock time, for a simulator that serves real clients. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that moves only when told to; for tests and the lab controls. */
export class ManualClock implements Clock {
  #now: number;

  constructor(start: number | Date = Date.UTC(2026, 0, 15, 9, 30, 0)) {
    this.#now = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.#now;
  }

  /** Moves time forward; time never runs backwards, which the model relies on. */
  advance(milliseconds: number): number {
    if (milliseconds < 0) throw new RangeError('a clock cannot go back in time');
    this.#now += milliseconds;
    return this.#now;
  }

  advanceSeconds(seconds: number): number {
    return this.advance(seconds * 1000);
  }
}

/** A clock the lab controls can move forward: a ManualClock, or an OffsetClock over real time. */
export interface MovableClock extends Clock {
  advance(milliseconds: number): number;
}

/**
 * Real time plus an offset that only grows. The lab control "advance the clock" needs it when the
 * simulator serves real clients: ring timeouts and session TTLs can then be skipped without waiting.
 */
export class OffsetClock implements MovableClock {
  #offset = 0;

  constructor(private readonly base: Clock = systemClock) {}

  now(): number {
    return this.base.now() + this.#offset;
  }

  advance(milliseconds: number): number {
    if (milliseconds < 0) throw new RangeError('a clock cannot go back in time');
    this.#offset += milliseconds;
    return this.now();
  }
}

/** Whether the lab controls can move this clock. */
export function isMovable(clock: Clock): clock is MovableClock {
  return typeof (clock as Partial<MovableClock>).advance === 'function';
}
