// Figures of the soak: latencies per interval, memory samples, the table and the memory verdict.

/** One row of the table: what happened since the previous sample, and memory now. */
export interface SoakSample {
  seconds: number;
  requests: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  eventLines: number;
  rssMiB: number;
  /** heapUsed after a full collection. */
  heapMiB: number;
}

/**
 * Latencies counted in fixed 0.1 ms buckets up to 5 s (and one for slower): allocated once, so the
 * figures do not grow the heap they are measuring.
 */
export class LatencyHistogram {
  static readonly #RESOLUTION_MS = 0.1;
  readonly #buckets = new Uint32Array(50_001);
  count = 0;

  add(ms: number): void {
    const index = Math.min(
      this.#buckets.length - 1,
      Math.max(0, Math.round(ms / LatencyHistogram.#RESOLUTION_MS)),
    );
    this.#buckets[index] = (this.#buckets[index] ?? 0) + 1;
    this.count += 1;
  }

  percentile(p: number): number {
    if (this.count === 0) return 0;
    const wanted = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (let index = 0; index < this.#buckets.length; index += 1) {
      seen += this.#buckets[index] ?? 0;
      if (seen >= wanted) return index * LatencyHistogram.#RESOLUTION_MS;
    }
    return (this.#buckets.length - 1) * LatencyHistogram.#RESOLUTION_MS;
  }

  reset(): void {
    this.#buckets.fill(0);
    this.count = 0;
  }
}

/** Collects request outcomes: per interval between samples, and over the whole run. */
export class IntervalStats {
  readonly #interval = new LatencyHistogram();
  readonly total = new LatencyHistogram();
  #errors = 0;
  totalErrors = 0;

  get totalRequests(): number {
    return this.total.count;
  }

  record(ms: number, ok: boolean): void {
    this.#interval.add(ms);
    this.total.add(ms);
    if (!ok) {
      this.#errors += 1;
      this.totalErrors += 1;
    }
  }

  /** What happened since the last call, and a fresh interval. */
  take(): { requests: number; errors: number; p50Ms: number; p99Ms: number } {
    const taken = {
      requests: this.#interval.count,
      errors: this.#errors,
      p50Ms: this.#interval.percentile(50),
      p99Ms: this.#interval.percentile(99),
    };
    this.#interval.reset();
    this.#errors = 0;
    return taken;
  }
}

const COLUMNS = ['t (s)', 'requests', 'errors', 'p50 ms', 'p99 ms', 'events', 'rss MiB', 'heap MiB'];

export function formatTable(samples: readonly SoakSample[]): string {
  const rows = samples.map((s) => [
    s.seconds.toFixed(0),
    String(s.requests),
    String(s.errors),
    s.p50Ms.toFixed(1),
    s.p99Ms.toFixed(1),
    String(s.eventLines),
    s.rssMiB.toFixed(1),
    s.heapMiB.toFixed(1),
  ]);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ');
  return [line(COLUMNS), ...rows.map(line)].join('\n');
}

/** Heap growth from the second sample (warmed up) to the last; bounded when under `limitPercent`. */
export function memoryVerdict(samples: readonly SoakSample[], limitPercent: number) {
  const warm = samples[1] ?? samples[0];
  const last = samples[samples.length - 1];
  if (!warm || !last || warm === last) return { bounded: true, growthPercent: 0, note: 'too short to judge' };
  const growthPercent = ((last.heapMiB - warm.heapMiB) / warm.heapMiB) * 100;
  return {
    bounded: growthPercent < limitPercent,
    growthPercent,
    note: `heap ${warm.heapMiB.toFixed(1)} → ${last.heapMiB.toFixed(1)} MiB after collection (${growthPercent.toFixed(1)} %, limit ${limitPercent} %)`,
  };
}
