// Small statistics for benchmark figures: medians and spreads over runs, percentiles over samples.

/** The value below which `p` percent of the samples fall (nearest rank); NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Median and spread of a figure measured once per run. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    median: median(samples),
    min: samples.length ? Math.min(...samples) : Number.NaN,
    max: samples.length ? Math.max(...samples) : Number.NaN,
    runs: samples.length,
  };
}

/**
 * Ratios of paired runs (subject run i against baseline run i, measured next to each other), so that a
 * slow moment of the machine weighs on both sides of the same ratio.
 */
export function pairedRatios(subject: readonly number[], baseline: readonly number[]): number[] {
  return subject.flatMap((value, index) => {
    const base = baseline[index];
    return base === undefined || base === 0 ? [] : [value / base];
  });
}

/** `12.3 (11.0–14.2)`: a median with its range over the runs. */
export function formatSummary(summary: Summary, digits = 1): string {
  const f = (value: number) => value.toFixed(digits);
  return `${f(summary.median)} (${f(summary.min)}–${f(summary.max)})`;
}
