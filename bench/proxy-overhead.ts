// Proxy overhead: an authenticated GET (the session, `GET …/1.0/sessions`) sent through the dev proxy
// and through a minimal Node forwarder (bench/lib/minimal-forwarder.ts), the floor the goals are set
// against; the lab directly and Vite's built-in proxy are context. The lab runs in one child process,
// the dev proxy and the forwarder in another, Vite in a third, the load generator here. Each round
// runs every subject in turn (order rotated): concurrency 1 for latency, then a fixed concurrency for
// throughput. Around each throughput phase the benchmark reads the CPU time of the process serving it,
// so CPU per request is that process's time over the requests answered (the dev proxy and the
// forwarder share a process but take turns, never run at once).
//
//   npx tsx bench/proxy-overhead.ts [--rounds 5] [--seconds 2] [--concurrency 16] [--cpu-prof dir]
//
// --cpu-prof writes a V8 CPU profile of the proxies' process to `dir` when it exits (open it in Chrome's
// DevTools or speedscope); `--only "dev proxy"` then keeps the profile to one subject.
import { parseArgs } from 'node:util';
import { authenticationAnswerSchema, discoveryAnswerSchema, proxyPrefixOf } from '../src/o2g/contract';
import { runLoad, type LoadResult, type LoadTarget } from './lib/load';
import { report } from './lib/report';
import { startServerChild } from './lib/servers';
import { median, pairedRatios, summarize } from './lib/stats';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '16' },
    'cpu-prof': { type: 'string' },
    only: { type: 'string' },
  },
});
const rounds = Math.min(Math.max(Number(values.rounds) || 5, 1), 20);
const durationMs = Math.min(Math.max(Number(values.seconds) || 2, 0.5), 30) * 1000;
const concurrency = Math.min(Math.max(Number(values.concurrency) || 16, 1), 256);
const GOALS = { throughputRatio: 0.85, cpuRatio: 1.05 };

const lab = await startServerChild({ type: 'start', role: 'sim' });
const { simHttpsUrl = '', caPem = '' } = lab.urls;
const proxies = await startServerChild(
  { type: 'start', role: 'proxy', labUrl: simHttpsUrl, caPem },
  values['cpu-prof'] === undefined ? {} : { cpuProfileDir: values['cpu-prof'] },
);
const vite = await startServerChild({ type: 'start', role: 'vite', labUrl: simHttpsUrl, caPem });
const { proxyUrl = '', forwarderUrl = '' } = proxies.urls;
const { viteUrl = '' } = vite.urls;

// One user session, opened through the proxy; every subject sends the same GET with its credential.
const signIn = await signInThroughProxy();
const PATH = '/api/rest/1.0/sessions';
const subjects: Record<string, LoadTarget> = {
  forwarder: { url: `${forwarderUrl}${PATH}`, headers: { Cookie: `AlcUserId=${signIn}` } },
  direct: { url: `${simHttpsUrl}${PATH}`, headers: { Cookie: `AlcUserId=${signIn}` }, caPem },
  'dev proxy': {
    url: `${proxyUrl}${proxyPrefixOf(simHttpsUrl)}${PATH}`,
    headers: { 'X-O2G-Credential': signIn },
  },
  'Vite proxy': { url: `${viteUrl}${PATH}`, headers: { Cookie: `AlcUserId=${signIn}` } },
};

async function signInThroughProxy(): Promise<string> {
  const discovery = discoveryAnswerSchema.parse(
    await (await fetch(`${proxyUrl}${proxyPrefixOf(simHttpsUrl)}/api/rest`)).json(),
  );
  const basic = `Basic ${Buffer.from('oxe2001:2001').toString('base64')}`;
  const auth = authenticationAnswerSchema.parse(
    await (await fetch(discovery.versions[0]?.publicUrl ?? '', { headers: { Authorization: basic } })).json(),
  );
  const session = await fetch(auth.publicUrl, {
    method: 'POST',
    headers: { 'X-O2G-Credential': auth.credential, 'Content-Type': 'application/json' },
    body: JSON.stringify({ applicationName: 'bench' }),
  });
  if (!session.ok) throw new Error(`opening the session answered ${session.status}`);
  return auth.credential;
}

// The process whose CPU a subject's load costs.
const servedBy = (name: string) => (name === 'direct' ? lab : name === 'Vite proxy' ? vite : proxies);

const names = Object.keys(subjects).filter((name) => values.only === undefined || name === values.only);
if (names.length === 0)
  throw new Error(`--only: no subject ${values.only} (have ${Object.keys(subjects).join(', ')})`);
const latency: Record<string, LoadResult[]> = Object.fromEntries(names.map((n) => [n, []]));
const throughput: Record<string, LoadResult[]> = Object.fromEntries(names.map((n) => [n, []]));
/** CPU time of the serving process per answered request in each throughput phase, in µs. */
const cpuPerRequest: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
// Warm every path for as long as one phase: the dev proxy has more code for the JIT to settle than the
// forwarder, and a short warm-up made its first round cost several times its later ones.
for (const name of names) await runLoad(subjects[name]!, concurrency, durationMs);
for (let round = 0; round < rounds; round += 1) {
  const order = names.map((_, i) => names[(i + round) % names.length]!);
  for (const name of order) {
    latency[name]!.push(await runLoad(subjects[name]!, 1, durationMs / 2));
    const cpuBefore = await servedBy(name).cpuMicros();
    const result = await runLoad(subjects[name]!, concurrency, durationMs);
    const cpuSpent = (await servedBy(name).cpuMicros()) - cpuBefore;
    throughput[name]!.push(result);
    cpuPerRequest[name]!.push(cpuSpent / Math.max(result.requests + result.errors, 1));
  }
  console.log(
    `round ${round + 1}/${rounds}: ` +
      names
        .map(
          (n) =>
            `${n} ${throughput[n]!.at(-1)!.requestsPerSecond.toFixed(0)}/s ` +
            `${cpuPerRequest[n]!.at(-1)!.toFixed(0)} µs CPU/req p50 ${latency[n]!.at(-1)!.p50Ms.toFixed(2)} ms`,
        )
        .join(', '),
  );
}
await proxies.stop();
await vite.stop();
await lab.stop();
if (values.only !== undefined) {
  const served = [...latency[values.only]!, ...throughput[values.only]!].reduce((n, r) => n + r.requests, 0);
  console.log(`--only: one subject, no ratios to report (${served} requests measured, warm-up besides)`);
  process.exit(0);
}

const rps = (name: string) => throughput[name]!.map((r) => r.requestsPerSecond);
const p50 = (name: string) => latency[name]!.map((r) => r.p50Ms);
const errors = names.reduce(
  (sum, n) => sum + [...latency[n]!, ...throughput[n]!].reduce((s, r) => s + r.errors, 0),
  0,
);
const DEV = 'dev proxy';
const throughputRatio = summarize(pairedRatios(rps(DEV), rps('forwarder')));
const cpuRatio = summarize(pairedRatios(cpuPerRequest[DEV]!, cpuPerRequest.forwarder!));
const latencyRatio = summarize(pairedRatios(p50(DEV), p50('forwarder')));
const ratioToDirect = summarize(pairedRatios(rps(DEV), rps('direct')));
const ratioToVite = summarize(pairedRatios(rps(DEV), rps('Vite proxy')));
const added = summarize(p50(DEV).map((value, i) => value - (p50('direct')[i] ?? 0)));
const rpsOf = (name: string) => summarize(rps(name));
const cpuOf = (name: string) => summarize(cpuPerRequest[name]!);
const range = (s: { min: number; max: number }): [number, number] => [s.min, s.max];
const FORWARDER = '(minimal forwarder)';

report(
  'proxy-overhead',
  [
    {
      name: `throughput, ${concurrency} workers`,
      unit: 'req/s',
      value: rpsOf(DEV).median,
      range: range(rpsOf(DEV)),
      baseline: rpsOf('forwarder').median,
      baselineName: FORWARDER,
      ratio: throughputRatio.median,
      goal: `ratio ≥ ${GOALS.throughputRatio}`,
      pass: throughputRatio.median >= GOALS.throughputRatio,
    },
    {
      name: `CPU per request, ${concurrency} workers`,
      unit: 'µs',
      value: cpuOf(DEV).median,
      range: range(cpuOf(DEV)),
      baseline: cpuOf('forwarder').median,
      baselineName: FORWARDER,
      ratio: cpuRatio.median,
      goal: `ratio ≤ ${GOALS.cpuRatio}`,
      pass: cpuRatio.median <= GOALS.cpuRatio,
    },
    {
      name: 'median latency, 1 worker',
      unit: 'ms',
      value: median(p50(DEV)),
      range: range(summarize(p50(DEV))),
      baseline: median(p50('forwarder')),
      baselineName: FORWARDER,
      ratio: latencyRatio.median,
    },
    {
      name: `p99 latency, ${concurrency} workers`,
      unit: 'ms',
      value: median(throughput[DEV]!.map((r) => r.p99Ms)),
      baseline: median(throughput.forwarder!.map((r) => r.p99Ms)),
      baselineName: FORWARDER,
    },
    {
      name: 'throughput against the lab directly',
      unit: 'req/s',
      value: rpsOf(DEV).median,
      baseline: rpsOf('direct').median,
      baselineName: '(lab directly)',
      ratio: ratioToDirect.median,
    },
    {
      name: 'added median latency over the lab',
      unit: 'ms',
      value: added.median,
      range: range(added),
      baseline: median(p50('direct')),
      baselineName: '(lab p50)',
    },
    {
      name: 'throughput against Vite proxy',
      unit: 'req/s',
      value: rpsOf(DEV).median,
      baseline: rpsOf('Vite proxy').median,
      baselineName: '(Vite proxy)',
      ratio: ratioToVite.median,
    },
    { name: 'errors', unit: '', value: errors, goal: '0', pass: errors === 0 },
  ],
  { rounds, durationMs, concurrency, route: PATH, latency, throughput, cpuPerRequestMicros: cpuPerRequest },
);
