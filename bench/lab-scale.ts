// Lab scale: the lab and the proxy in one child process (as `npm start` runs them), N sessions through
// the proxy, each with its event channel open (sessions and channels held by a second child process,
// as each session of a real lab is a browser of its own), while workers in this process make calls (made, listed, answered,
// released) and read (state, calls, eventSummary) across all sessions for a fixed time. Per level:
// request p50/p99, the child's CPU time per request while the workers run (lab and proxy, events
// included), memory per session (child's settled heap and rss, after against before the sessions),
// errors (failed requests and event channels that closed). A level of 10 sessions is the baseline; the
// goal is on the top level: its p99 at most twice the baseline's.
//
//   npx tsx bench/lab-scale.ts [--levels 100,500,1000] [--seconds 10] [--concurrency 16] [--profile dir]
//   --profile writes a V8 CPU profile of the child at the top level, while the workers run, into dir (as
//   lab-scale-<sessions>.cpuprofile: open it in Chrome DevTools).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { proxyPrefixOf } from '../src/o2g/contract';
import { report, type Figure } from './lib/report';
import { startServerChild } from './lib/servers';
import { percentile } from './lib/stats';
import { holdSessions, type HolderSession } from './lib/session-holder';

const { values } = parseArgs({
  options: {
    levels: { type: 'string', default: '100,500,1000' },
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '16' },
    profile: { type: 'string' },
  },
});
const levels = values.levels
  .split(',')
  .map(Number)
  .filter((n) => n > 0 && n <= 2000);
const durationMs = Math.min(Math.max(Number(values.seconds) || 10, 2), 120) * 1000;
const concurrency = Math.min(Math.max(Number(values.concurrency) || 16, 3), 64);
const BASELINE_SESSIONS = 10;
const OPEN_IN_PARALLEL = 20;
const USERS = ['2001', '2002', '2003', '2004', '2005'];
const MiB = 2 ** 20;
const P99_RATIO_GOAL = 2;

interface Level {
  sessions: number;
  requests: number;
  errors: number;
  closedChannels: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  /** This process's CPU per request (the timed clients; the channels are read by the holder process). */
  clientCpuMsPerRequest: number;
  /** Event lines the channels brought while the workers ran, per request (keepalives included). */
  eventLinesPerRequest: number;
  rssPerSessionKiB: number;
  heapPerSessionKiB: number;
  rssMiB: number;
  openSeconds: number;
}

async function measure(sessionCount: number, profileDir?: string): Promise<Level> {
  const lab = await startServerChild({ type: 'start', role: 'lab' });
  const discoveryUrl = `${lab.urls.proxyUrl}${proxyPrefixOf(lab.urls.simHttpsUrl ?? '')}/api/rest`;
  const before = await lab.memory();
  const openStarted = performance.now();
  // The sessions and their channels live in a process of their own: this one only times requests.
  const extensions = Array.from({ length: sessionCount }, (_, i) => USERS[i % USERS.length]!);
  const holder = await holdSessions(discoveryUrl, extensions, OPEN_IN_PARALLEL);
  const { sessions } = holder;
  const openSeconds = (performance.now() - openStarted) / 1000;
  const opened = await lab.memory();

  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + durationMs;
  const timed = async (request: () => Promise<Response>, expected: (status: number) => boolean) => {
    const t0 = performance.now();
    try {
      const response = await request();
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (!expected(response.status)) errors += 1;
      return response;
    } catch {
      errors += 1;
      return undefined;
    }
  };
  const ok = (status: number) => status >= 200 && status < 300;
  const byDevice = (device: string) => sessions.find((s) => s.deviceId === device)!;

  // Two workers own a pair of phones each, so that their calls never meet; the others read.
  const worker = async (index: number) => {
    const pair = index < 2 ? [byDevice(USERS[index * 2]!), byDevice(USERS[index * 2 + 1]!)] : undefined;
    for (let turn = 0; performance.now() < deadline; turn += 1) {
      if (pair) {
        const [from, to] = pair as [HolderSession, HolderSession];
        const made = await timed(
          () =>
            from.send('POST', `${from.base}/telephony/basicCall`, {
              deviceId: from.deviceId,
              callee: to.deviceId,
            }),
          (s) => s === 201,
        );
        await timed(
          () => to.send('POST', `${to.base}/telephony/basicCall/answer`, { deviceId: to.deviceId }),
          ok,
        );
        const location = made?.headers.get('location');
        if (location) await timed(() => from.send('DELETE', location), ok);
      } else {
        const session = sessions[(index * 7919 + turn * 31) % sessions.length]!;
        const reads = ['/telephony/state', '/telephony/calls', '/eventSummary'];
        await timed(() => session.send('GET', `${session.base}${reads[turn % reads.length]}`), ok);
      }
    }
  };
  if (profileDir !== undefined) await lab.profile();
  const linesBefore = (await holder.counts()).eventLines;
  const cpuBefore = await lab.cpuMicros();
  const clientCpuBefore = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  const cpuMicros = (await lab.cpuMicros()) - cpuBefore;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const counted = await holder.counts();
  const eventLines = counted.eventLines - linesBefore;
  if (profileDir !== undefined) {
    mkdirSync(profileDir, { recursive: true });
    await lab.profile(join(profileDir, `lab-scale-${sessionCount}.cpuprofile`));
  }

  const { closedChannels } = counted;
  const after = await lab.memory();
  await holder.close();
  await lab.stop();
  return {
    sessions: sessionCount,
    requests: latencies.length,
    errors: errors + closedChannels,
    closedChannels,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    cpuMsPerRequest: cpuMicros / 1000 / Math.max(latencies.length, 1),
    clientCpuMsPerRequest: (clientCpu.user + clientCpu.system) / 1000 / Math.max(latencies.length, 1),
    eventLinesPerRequest: eventLines / Math.max(latencies.length, 1),
    rssPerSessionKiB: (opened.rss - before.rss) / sessionCount / 1024,
    heapPerSessionKiB: (opened.heapUsed - before.heapUsed) / sessionCount / 1024,
    rssMiB: after.rss / MiB,
    openSeconds,
  };
}

const describe = (result: Level) =>
  `${result.sessions} sessions: opened in ${result.openSeconds.toFixed(1)} s, ${result.requests} requests, ` +
  `p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, ` +
  `${result.cpuMsPerRequest.toFixed(2)} ms CPU/request (timing client ${result.clientCpuMsPerRequest.toFixed(2)}), ` +
  `${result.eventLinesPerRequest.toFixed(1)} event lines/request, ` +
  `${result.heapPerSessionKiB.toFixed(1)} KiB heap/session, ${result.errors} errors`;
const results: Level[] = [];
const baseline = await measure(BASELINE_SESSIONS);
console.log(describe(baseline));
const top = Math.max(...levels);
for (const level of levels) {
  const result = await measure(level, level === top ? values.profile : undefined);
  results.push(result);
  console.log(describe(result));
}

const baselineName = `(${BASELINE_SESSIONS} sessions)`;
const figures: Figure[] = results.flatMap((level) => [
  {
    name: `${level.sessions} sessions: request p99`,
    unit: 'ms',
    value: level.p99Ms,
    baseline: baseline.p99Ms,
    baselineName,
    ratio: level.p99Ms / baseline.p99Ms,
    // The goal is on the largest lab only; the smaller levels show the trend.
    ...(level.sessions === top && {
      goal: `ratio ≤ ${P99_RATIO_GOAL}`,
      pass: level.p99Ms / baseline.p99Ms <= P99_RATIO_GOAL,
    }),
  },
  {
    name: `${level.sessions} sessions: server CPU per request`,
    unit: 'ms',
    value: level.cpuMsPerRequest,
    baseline: baseline.cpuMsPerRequest,
    baselineName,
    ratio: level.cpuMsPerRequest / baseline.cpuMsPerRequest,
  },
  { name: `${level.sessions} sessions: heap per session`, unit: 'KiB', value: level.heapPerSessionKiB },
  { name: `${level.sessions} sessions: rss per session`, unit: 'KiB', value: level.rssPerSessionKiB },
  {
    name: `${level.sessions} sessions: errors`,
    unit: '',
    value: level.errors,
    goal: '0',
    pass: level.errors === 0,
  },
]);
report('lab-scale', figures, { durationMs, concurrency, baseline, levels: results });
