import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { loadLab, type Lab } from './labs/load-lab';
import { OffsetClock, systemClock, type Clock } from './model/clock';
import { tickAndPublish, World } from './model/world';
import { listenerHostNames } from './http/listener-host-names';
import { createSimApp } from './server';
import { readTlsFiles, selfSignedCertificate } from './tls-certificate';

/** How to start the embedded lab. */
export interface SimStartOptions {
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Port of the HTTP listener; 0 picks a free one (default 0). */
  httpPort?: number;
  /** Port of the HTTPS listener; 0 picks a free one (default 0). */
  httpsPort?: number;
  /** PEM files for HTTPS; without them a self-signed certificate is made at start. */
  cert?: string;
  key?: string;
  /** Origin for every absolute URL the simulator returns; default: the origin each request came in on. */
  publicUrl?: string;
  /** Lab file; default: the embedded lab. */
  labFile?: string;
  /** The lab itself, already parsed (tests that vary the embedded lab); wins over `labFile`. */
  lab?: Lab;
  /** Enables the test-only lab controls. */
  controls?: boolean;
  /** Browser origins (the console's) that may call the lab controls besides the lab's own. */
  allowOrigins?: readonly string[];
  /** Hosts besides loopback that web-hook subscriptions may name. */
  webHookHosts?: readonly string[];
  /** Time source; default the system clock. */
  clock?: Clock;
}

/** A running simulator: one world served over HTTP and HTTPS. */
export interface RunningSim {
  httpUrl: string;
  httpsUrl: string;
  /** The HTTPS listener's certificate (PEM), for clients that should trust this lab and only this lab. */
  certificatePem: string;
  world: World;
  close(): Promise<void>;
}

// How often time is let act while nobody sends requests (expired sessions must end their event streams).
const TICK_INTERVAL_MS = 1000;

/** Loads the lab, creates one world and serves it on an HTTP and an HTTPS listener. */
export async function startSim(options: SimStartOptions = {}): Promise<RunningSim> {
  const host = options.host ?? '127.0.0.1';
  if ((options.cert === undefined) !== (options.key === undefined)) {
    throw new Error('give both a certificate and a key file, or neither');
  }
  // With the lab controls on, time runs as usual but can be moved forward (`/__sim/clock/advance`).
  const clock = options.clock ?? (options.controls ? new OffsetClock() : systemClock);
  const world = new World(options.lab ?? loadLab(options.labFile), clock);
  const tls =
    options.cert !== undefined && options.key !== undefined
      ? readTlsFiles(options.key, options.cert)
      : await selfSignedCertificate(host);
  const shared = {
    publicUrl: options.publicUrl,
    controls: options.controls ?? false,
    // Host headers other than these (and loopback names) are refused: DNS rebinding.
    hostNames: listenerHostNames(host),
    allowOrigins: options.allowOrigins ?? [],
    webHookHosts: options.webHookHosts ?? [],
  };
  const httpApp = createSimApp(world, shared);

  const started: FastifyInstance[] = [];
  try {
    const httpUrl = await listen(httpApp, 'http', host, options.httpPort ?? 0);
    started.push(httpApp);
    // The HTTPS app hands out polling URLs on the HTTP listener, whose port is known only now.
    const httpsApp = createSimApp(world, {
      ...shared,
      https: tls,
      eventChannel: { httpPort: Number(new URL(httpUrl).port) },
    });
    const httpsUrl = await listen(httpsApp, 'https', host, options.httpsPort ?? 0);
    started.push(httpsApp);
    const ticker = setInterval(() => tickAndPublish(world), TICK_INTERVAL_MS);
    ticker.unref();
    return {
      httpUrl,
      httpsUrl,
      certificatePem: tls.cert,
      world,
      close: async () => {
        clearInterval(ticker);
        await Promise.all([httpApp.close(), httpsApp.close()]);
      },
    };
  } catch (error) {
    await Promise.all(started.map((app) => app.close()));
    throw error;
  }
}

async function listen(
  app: FastifyInstance,
  scheme: 'http' | 'https',
  host: string,
  port: number,
): Promise<string> {
  await app.listen({ host, port });
  const { port: actualPort } = app.server.address() as AddressInfo;
  return `${scheme}://${urlHost(host)}:${actualPort}`;
}

/** The host to print in a URL: a wildcard listener is reached on loopback, IPv6 needs brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
