// `npm run bench`: runs each benchmark in its own process, one after another (they would disturb each
// other's figures), then prints one table of all their figures and writes bench/results/summary.json
// and summary.md (the table the README shows). The soak takes a minute: it runs with --soak only.
//
//   npm run bench [-- --only sign-in,proxy-overhead] [--soak]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable, RESULTS_DIR, type BenchResult } from './lib/report';

const BENCHMARKS = ['initial-load', 'sign-in', 'proxy-overhead', 'event-latency', 'lab-scale'];
const { values } = parseArgs({
  options: { only: { type: 'string' }, soak: { type: 'boolean', default: false } },
});
const chosen = values.only ? values.only.split(',').map((name) => name.trim()) : BENCHMARKS;
const unknown = chosen.filter((name) => !BENCHMARKS.includes(name));
if (unknown.length > 0)
  throw new Error(`no such benchmark: ${unknown.join(', ')} (have ${BENCHMARKS.join(', ')})`);

const here = fileURLToPath(new URL('.', import.meta.url));
const failed: string[] = [];
for (const name of [...chosen, ...(values.soak ? ['soak'] : [])]) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, `${name}.ts`)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed.push(name);
}

const results = chosen
  .map((name) => join(RESULTS_DIR, `${name}.json`))
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchResult);
const table = formatTable(results);
console.log(`\n${table}\n`);
const cpus = (await import('node:os')).cpus();
const machine = `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
writeFileSync(
  join(RESULTS_DIR, 'summary.json'),
  `${JSON.stringify({ at: new Date().toISOString(), machine, results }, null, 2)}\n`,
);
writeFileSync(
  join(RESULTS_DIR, 'summary.md'),
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n\n${table}\n`,
);
if (failed.length > 0) {
  console.error(`did not finish: ${failed.join(', ')}`);
  process.exitCode = 1;
}
