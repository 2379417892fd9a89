// What every benchmark hands back: figures with their baseline, ratio and goal, printed as a table
// and written to bench/results/<name>.json for `npm run bench` to gather.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One line of the table. */
export interface Figure {
  /** What is measured, e.g. `sign-in time`. */
  name: string;
  unit: string;
  /** Median of the subject over the runs, with its range. */
  value: number;
  range?: [number, number];
  /** The same figure for the baseline measured in the same run, when there is one. */
  baseline?: number;
  baselineName?: string;
  /** Median of the paired subject/baseline ratios (or value/baseline when unpaired). */
  ratio?: number;
  /** The goal in words, e.g. `ratio ≤ 1.5`, and whether this run met it. */
  goal?: string;
  pass?: boolean;
}

export interface BenchResult {
  bench: string;
  at: string;
  node: string;
  figures: Figure[];
  /** Everything measured, run by run, to look at later. */
  details: unknown;
}

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

/** Prints the table and writes the JSON; returns the file written. */
export function report(bench: string, figures: Figure[], details: unknown): string {
  const result: BenchResult = {
    bench,
    at: new Date().toISOString(),
    node: process.version,
    figures,
    details,
  };
  console.log(`\n${formatTable([result])}\n`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${bench}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written to ${file}`);
  return file;
}

const number = (value: number | undefined, unit = '') =>
  value === undefined || Number.isNaN(value)
    ? ''
    : `${Number.isInteger(value) ? value : value < 10 ? value.toFixed(2) : value.toFixed(1)}${unit}`;

/** A Markdown table (readable as is in a terminal) of the figures of one or more benchmarks. */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = [
    ['benchmark', 'figure', 'value (range)', 'baseline', 'ratio', 'goal', 'met'],
    ...results.flatMap((result) =>
      result.figures.map((f) => [
        result.bench,
        f.name,
        `${number(f.value, ` ${f.unit}`)}${f.range ? ` (${number(f.range[0])}–${number(f.range[1])})` : ''}`,
        f.baseline === undefined ? '' : `${number(f.baseline, ` ${f.unit}`)} ${f.baselineName ?? ''}`.trim(),
        number(f.ratio),
        f.goal ?? '',
        f.pass === undefined ? '' : f.pass ? 'yes' : 'NO',
      ]),
    ),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}
