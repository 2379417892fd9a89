// A child process holding the servers under test, so that they do not share a thread (or a heap) with
// A child process holding the servers under test, so that they do not share a thread (or a heap) with
// the load generator. Driven over IPC: `start` with a role, `memory` for a settled heap and rss, `cpu`
// for the CPU time spent so far (read before and after a phase of load), `profile` to start a V8 CPU
// profile and then write it to a file, `stop`.
//   roles: `sim` the embedded lab; `proxy` the dev proxy and the minimal forwarder
//          (bench/lib/minimal-forwarder.ts), both in front of a lab; `vite` Vite's own proxy in front
//          of a lab, alone (its dev server crawls and watches files at start, which would count
//          against whichever proxy shares its CPU time); `lab` the lab and the dev proxy in one
//          process, as `npm start` runs them.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { collectGarbage } from '../../dev-proxy/shared/collect-garbage';
import { startProxy } from '../../dev-proxy/proxy/start';
import { startSim } from '../../dev-proxy/sim/start';
import { startMinimalForwarder } from './minimal-forwarder';

export type ServerRequest =
  | { type: 'start'; role: 'sim' | 'lab'; controls?: boolean }
  | { type: 'start'; role: 'proxy'; labUrl: string; caPem: string }
  | { type: 'start'; role: 'vite'; labUrl: string; caPem: string }
  | { type: 'memory' }
  | { type: 'cpu' }
  /** Starts profiling without `file`; stops and writes the profile (`.cpuprofile`) with it. */
  | { type: 'profile'; file?: string }
  | { type: 'stop' };

export interface ServerUrls {
  simHttpsUrl?: string;
  simHttpUrl?: string;
  caPem?: string;
  proxyUrl?: string;
  viteUrl?: string;
  forwarderUrl?: string;
}

export type ServerAnswer =
  | { type: 'ready'; urls: ServerUrls }
  | { type: 'memory'; rss: number; heapUsed: number; external: number }
  | { type: 'cpu'; userMicros: number; systemMicros: number }
  | { type: 'profile' }
  | { type: 'error'; message: string };

const closers: (() => Promise<void>)[] = [];
const answer = (message: ServerAnswer) => process.send?.(message);
const quietLog = () => undefined;

async function start(request: Extract<ServerRequest, { type: 'start' }>): Promise<ServerUrls> {
  if (request.role === 'proxy') {
    const proxy = await startProxy({
      port: 0,
      targets: [request.labUrl],
      caPem: request.caPem,
      log: quietLog,
    });
    closers.push(() => proxy.close());
    const forwarder = await startMinimalForwarder(request.labUrl, request.caPem);
    closers.push(() => forwarder.close());
    return { proxyUrl: proxy.url, forwarderUrl: forwarder.url };
  }
  if (request.role === 'vite') {
    // Vite's built-in proxy on the same route, as a Vite user would set it up in front of the lab.
    const { createServer } = await import('vite');
    const vite = await createServer({
      configFile: false,
      logLevel: 'silent',
      server: {
        host: '127.0.0.1',
        port: 0,
        hmr: false,
        ws: false,
        proxy: { '/api': { target: request.labUrl, secure: false } },
      },
    });
    await vite.listen();
    closers.push(() => vite.close());
    const address = vite.httpServer?.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return { viteUrl: `http://127.0.0.1:${port}` };
  }
  const sim = await startSim({ controls: request.controls ?? false });
  closers.push(() => sim.close());
  const urls: ServerUrls = { simHttpsUrl: sim.httpsUrl, simHttpUrl: sim.httpUrl, caPem: sim.certificatePem };
  if (request.role === 'lab') {
    const proxy = await startProxy({
      port: 0,
      targets: [sim.httpsUrl],
      caPem: sim.certificatePem,
      log: quietLog,
    });
    closers.push(() => proxy.close());
    urls.proxyUrl = proxy.url;
  }
  return urls;
}

let profiler: Session | undefined;

async function profile(file: string | undefined): Promise<void> {
  if (file === undefined) {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    return;
  }
  if (!profiler) throw new Error('no profile was started');
  const { profile: taken } = await profiler.post('Profiler.stop');
  profiler.disconnect();
  profiler = undefined;
  writeFileSync(file, JSON.stringify(taken));
}

process.on('message', (message: ServerRequest) => {
  if (message.type === 'start') {
    start(message).then(
      (urls) => answer({ type: 'ready', urls }),
      (error: unknown) => answer({ type: 'error', message: String(error) }),
    );
  } else if (message.type === 'memory') {
    collectGarbage();
    const { rss, heapUsed, external } = process.memoryUsage();
    answer({ type: 'memory', rss, heapUsed, external });
  } else if (message.type === 'profile') {
    profile(message.file).then(
      () => answer({ type: 'profile' }),
      (error: unknown) => answer({ type: 'error', message: String(error) }),
    );
  } else if (message.type === 'cpu') {
    const { user, system } = process.cpuUsage();
    answer({ type: 'cpu', userMicros: user, systemMicros: system });
  } else {
    void Promise.all(closers.reverse().map((close) => close())).finally(() => process.exit(0));
  }
});

// The benchmark that started this process is gone (finished or failed): nothing left to serve.
process.on('disconnect', () => process.exit(0));
