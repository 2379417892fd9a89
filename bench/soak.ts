// Soak: the embedded lab behind the dev proxy, in this process, on loopback ports. N sessions each hold
// an event channel while workers run a bounded mix of console requests through the proxy (state, calls
// made, answered and released, call lists, eventSummary, keepalives). Memory is sampled every 5 s after
// a full collection; the run ends with a table, a verdict on memory and bench/results/soak.json.
//
//   npx tsx bench/soak.ts [--seconds 60] [--sessions 20] [--concurrency 8]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { proxyPrefixOf } from '../src/o2g/contract';
import { collectGarbage } from '../dev-proxy/shared/collect-garbage';
import { startProxy } from '../dev-proxy/proxy/start';
import { startSim } from '../dev-proxy/sim/start';
import { openBenchSession, type BenchSession } from './lib/bench-session';
import { formatTable, IntervalStats, memoryVerdict, type SoakSample } from './soak-stats';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    sessions: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '8' },
  },
});
const seconds = Math.min(Math.max(Number(values.seconds) || 60, 5), 600);
const sessionCount = Math.min(Math.max(Number(values.sessions) || 20, 2), 100);
const concurrency = Math.min(Math.max(Number(values.concurrency) || 8, 2), 64);
// The loop is bounded in count too, whatever the machine's speed.
const MAX_REQUESTS = 5_000_000;
const SAMPLE_MS = 5000;
const HEAP_GROWTH_LIMIT_PERCENT = 20;
const USERS = ['2001', '2002', '2003', '2004', '2005'];

const sim = await startSim({ httpPort: 0, httpsPort: 0 });
let proxyLines = 0;
const proxy = await startProxy({
  port: 0,
  targets: [sim.httpsUrl],
  caPem: sim.certificatePem,
  log: () => (proxyLines += 1),
});
const discoveryUrl = `${proxy.url}${proxyPrefixOf(sim.httpsUrl)}/api/rest`;
console.log(`lab ${sim.httpsUrl} (events on ${sim.httpUrl}), proxy ${proxy.url}`);
console.log(`${sessionCount} sessions with event channels, ${concurrency} workers, ${seconds} s\n`);

const sessions: BenchSession[] = [];
for (let i = 0; i < sessionCount; i += 1) {
  const extension = USERS[i % USERS.length] ?? '2001';
  sessions.push(await openBenchSession(discoveryUrl, extension, 'soak'));
}
const sessionOf = (extension: string) => sessions.find((s) => s.deviceId === extension) ?? sessions[0]!;

const stats = new IntervalStats();
const started = performance.now();
const deadline = started + seconds * 1000;
const running = () => performance.now() < deadline && stats.totalRequests < MAX_REQUESTS;

async function timed(
  request: () => Promise<Response>,
  expected: (status: number) => boolean,
): Promise<Response | undefined> {
  const t0 = performance.now();
  try {
    const response = await request();
    await response.arrayBuffer();
    stats.record(performance.now() - t0, expected(response.status));
    return response;
  } catch {
    stats.record(performance.now() - t0, false);
    return undefined;
  }
}
const ok = (status: number) => status >= 200 && status < 300;

/** A call from one extension to another: made, seen in the list, answered, released. */
async function callFlow(from: BenchSession, to: BenchSession): Promise<void> {
  const made = await timed(
    () =>
      from.send('POST', `${from.base}/telephony/basicCall`, { deviceId: from.deviceId, callee: to.deviceId }),
    (s) => s === 201,
  );
  const location = made?.headers.get('location');
  await timed(() => from.send('GET', `${from.base}/telephony/calls`), ok);
  await timed(() => to.send('POST', `${to.base}/telephony/basicCall/answer`, { deviceId: to.deviceId }), ok);
  if (location) await timed(() => from.send('DELETE', location), ok);
}

/** Reads and keepalives of any session, in turn. */
async function readMix(worker: number, turn: number): Promise<void> {
  const session = sessions[(worker * 7 + turn) % sessions.length]!;
  const reads = ['/telephony/state', '/telephony/calls', '/eventSummary'];
  if (turn % 10 === 9) await timed(() => session.send('POST', `${session.sessionsUrl}/keepalive`), ok);
  else await timed(() => session.send('GET', `${session.base}${reads[turn % reads.length]}`), ok);
}

async function worker(index: number): Promise<void> {
  // Two workers own a pair of phones each, so that their calls never meet; the others read.
  const pair = index < 2 ? [sessionOf(USERS[index * 2]!), sessionOf(USERS[index * 2 + 1]!)] : undefined;
  for (let turn = 0; running(); turn += 1) {
    if (pair) await callFlow(pair[0]!, pair[1]!);
    else await readMix(index, turn);
  }
}

const samples: SoakSample[] = [];
let lastEventLines = 0;
function sample(): void {
  collectGarbage();
  const memory = process.memoryUsage();
  const events = sessions.reduce((sum, s) => sum + s.eventLines(), 0);
  const row: SoakSample = {
    seconds: (performance.now() - started) / 1000,
    ...stats.take(),
    eventLines: events - lastEventLines,
    rssMiB: memory.rss / 2 ** 20,
    heapMiB: memory.heapUsed / 2 ** 20,
  };
  lastEventLines = events;
  samples.push(row);
  const [header, line] = formatTable([row]).split('\n');
  if (samples.length === 1) console.log(header);
  console.log(line);
}

sample();
const sampler = setInterval(sample, SAMPLE_MS);
await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
clearInterval(sampler);
sample();

await Promise.all(sessions.map((s) => s.close()));
await proxy.close();
await sim.close();

const verdict = memoryVerdict(samples, HEAP_GROWTH_LIMIT_PERCENT);
const elapsed = (performance.now() - started) / 1000;
const totals = {
  requests: stats.totalRequests,
  errors: stats.totalErrors,
  requestsPerSecond: stats.totalRequests / elapsed,
  p50Ms: stats.total.percentile(50),
  p99Ms: stats.total.percentile(99),
  eventLines: lastEventLines,
  proxyLogLines: proxyLines,
};
console.log(`\n${formatTable(samples)}\n`);
console.log(
  `${totals.requests} requests in ${elapsed.toFixed(1)} s (${totals.requestsPerSecond.toFixed(0)}/s), ` +
    `${totals.errors} errors, p50 ${totals.p50Ms.toFixed(1)} ms, p99 ${totals.p99Ms.toFixed(1)} ms, ${totals.eventLines} event lines`,
);
console.log(`memory: ${verdict.bounded ? 'bounded' : 'GROWS WITHOUT BOUND'}: ${verdict.note}`);

const resultFile = join(dirname(fileURLToPath(import.meta.url)), 'results', 'soak.json');
mkdirSync(dirname(resultFile), { recursive: true });
const config = {
  seconds,
  sessions: sessionCount,
  concurrency,
  sampleMs: SAMPLE_MS,
  node: process.version,
  gc: collectGarbage(),
};
writeFileSync(resultFile, `${JSON.stringify({ config, samples, totals, verdict }, null, 2)}\n`);
console.log(`written to ${resultFile}`);
process.exitCode = verdict.bounded && totals.errors === 0 ? 0 : 1;
