// Proxy overhead: an authenticated GET (the session, `GET …/1.0/sessions`) sent to the lab directly,
// through the dev proxy, and through Vite's built-in proxy. The lab runs in one child process, both
// proxies in another, the load generator here. Each round runs every subject in turn (order rotated):
// concurrency 1 for latency, then a fixed concurrency for throughput.
//
//   npx tsx bench/proxy-overhead.ts [--rounds 5] [--seconds 2] [--concurrency 16]
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
  },
});
const rounds = Math.min(Math.max(Number(values.rounds) || 5, 1), 20);
const durationMs = Math.min(Math.max(Number(values.seconds) || 2, 0.5), 30) * 1000;
const concurrency = Math.min(Math.max(Number(values.concurrency) || 16, 1), 256);
const GOALS = { throughputRatio: 0.6, addedMedianMs: 1 };

const lab = await startServerChild({ type: 'start', role: 'sim' });
const { simHttpsUrl = '', caPem = '' } = lab.urls;
const proxies = await startServerChild({ type: 'start', role: 'proxy', labUrl: simHttpsUrl, caPem });
const { proxyUrl = '', viteUrl = '' } = proxies.urls;

// One user session, opened through the proxy; every subject sends the same GET with its credential.
const signIn = await signInThroughProxy();
const PATH = '/api/rest/1.0/sessions';
const subjects: Record<string, LoadTarget> = {
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

const names = Object.keys(subjects);
const latency: Record<string, LoadResult[]> = Object.fromEntries(names.map((n) => [n, []]));
const throughput: Record<string, LoadResult[]> = Object.fromEntries(names.map((n) => [n, []]));
for (const name of names) await runLoad(subjects[name]!, concurrency, 500); // warm every path once
for (let round = 0; round < rounds; round += 1) {
  const order = names.map((_, i) => names[(i + round) % names.length]!);
  for (const name of order) {
    latency[name]!.push(await runLoad(subjects[name]!, 1, durationMs / 2));
    throughput[name]!.push(await runLoad(subjects[name]!, concurrency, durationMs));
  }
  console.log(
    `round ${round + 1}/${rounds}: ` +
      names
        .map(
          (n) =>
            `${n} ${throughput[n]!.at(-1)!.requestsPerSecond.toFixed(0)}/s p50 ${latency[n]!.at(-1)!.p50Ms.toFixed(2)} ms`,
        )
        .join(', '),
  );
}
await proxies.stop();
await lab.stop();

const rps = (name: string) => throughput[name]!.map((r) => r.requestsPerSecond);
const p50 = (name: string) => latency[name]!.map((r) => r.p50Ms);
const errors = names.reduce(
  (sum, n) => sum + [...latency[n]!, ...throughput[n]!].reduce((s, r) => s + r.errors, 0),
  0,
);
const ratioToDirect = summarize(pairedRatios(rps('dev proxy'), rps('direct')));
const ratioToVite = summarize(pairedRatios(rps('dev proxy'), rps('Vite proxy')));
const added = summarize(p50('dev proxy').map((value, i) => value - (p50('direct')[i] ?? 0)));
const rpsOf = (name: string) => summarize(rps(name));
const range = (s: { min: number; max: number }): [number, number] => [s.min, s.max];

report(
  'proxy-overhead',
  [
    {
      name: `throughput, ${concurrency} workers`,
      unit: 'req/s',
      value: rpsOf('dev proxy').median,
      range: range(rpsOf('dev proxy')),
      baseline: rpsOf('direct').median,
      baselineName: '(lab directly)',
      ratio: ratioToDirect.median,
      goal: `ratio ≥ ${GOALS.throughputRatio}`,
      pass: ratioToDirect.median >= GOALS.throughputRatio,
    },
    {
      name: 'added median latency, 1 worker',
      unit: 'ms',
      value: added.median,
      range: range(added),
      baseline: median(p50('direct')),
      baselineName: '(lab p50)',
      goal: `≤ ${GOALS.addedMedianMs} ms`,
      pass: added.median <= GOALS.addedMedianMs,
    },
    {
      name: `p99 latency, ${concurrency} workers`,
      unit: 'ms',
      value: median(throughput['dev proxy']!.map((r) => r.p99Ms)),
      baseline: median(throughput.direct!.map((r) => r.p99Ms)),
      baselineName: '(lab directly)',
    },
    {
      name: 'throughput against Vite proxy',
      unit: 'req/s',
      value: rpsOf('dev proxy').median,
      baseline: rpsOf('Vite proxy').median,
      baselineName: '(Vite proxy)',
      ratio: ratioToVite.median,
      goal: 'ratio > 1',
      pass: ratioToVite.median > 1,
    },
    { name: 'errors', unit: '', value: errors, goal: '0', pass: errors === 0 },
  ],
  { rounds, durationMs, concurrency, route: PATH, latency, throughput },
);
