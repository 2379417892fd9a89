// Starts the proxy on a port and says where it is. The CLI and the tests both start it this way.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createProxy, type TargetDetails } from './create-proxy';
import type { ProxyLog } from './log';
import type { RewriteBudget } from './rewrite-budget';

/** How to start the proxy. */
export interface ProxyStartOptions {
  /** Interface to listen on (default 127.0.0.1: the proxy carries lab credentials, keep it local). */
  host?: string;
  /** Port; 0 picks a free one. */
  port: number;
  /** Upstream O2G origins. */
  targets: readonly string[];
  /** Browser origins allowed cross-origin (default: the console's dev origins). */
  allowOrigins?: readonly string[];
  /** Bounds on the bytes held to rewrite endpoint answers (see createProxy). */
  rewriteBudget?: RewriteBudget;
  /** Other names clients reach the proxy by (a public name); loopback and `host` are always accepted. */
  hostNames?: readonly string[];
  /** PEM file of a CA to trust for upstream https (a lab's own CA or self-signed certificate). */
  ca?: string;
  /** The same as PEM text, e.g. the embedded lab's certificate handed over in-process by `npm start`. */
  caPem?: string;
  /** Accept any upstream certificate. */
  insecure?: boolean;
  /** Request log (default: stdout). */
  log?: ProxyLog;
  /** Largest request body forwarded, in bytes. */
  bodyLimit?: number;
  /** What the console's server picker shows for a target (e.g. the embedded lab and its accounts). */
  targetDetails?: Readonly<Record<string, TargetDetails>>;
  /** The embedded lab target whose test-only controls the console may reach (see createProxy). */
  labControls?: string;
  /** How long without a console tab before the proxy ends a vault session (ms; default 2 minutes). */
  sessionIdleMs?: number;
}

/** A listening proxy. */
export interface RunningProxy {
  /** Where clients reach it, e.g. `http://127.0.0.1:8787`. */
  url: string;
  close(): Promise<void>;
}

/** Builds the proxy and listens. */
export async function startProxy(options: ProxyStartOptions): Promise<RunningProxy> {
  const host = options.host ?? '127.0.0.1';
  const app = createProxy({
    targets: options.targets,
    hostNames: [host, ...(options.hostNames ?? [])],
    ...(options.allowOrigins ? { allowOrigins: options.allowOrigins } : {}),
    ...(options.ca !== undefined || options.caPem !== undefined
      ? {
          ca: [options.caPem, options.ca === undefined ? undefined : readFileSync(options.ca, 'utf8')]
            .filter(Boolean)
            .join('\n'),
        }
      : {}),
    ...(options.insecure !== undefined ? { insecure: options.insecure } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.bodyLimit !== undefined ? { bodyLimit: options.bodyLimit } : {}),
    ...(options.rewriteBudget ? { rewriteBudget: options.rewriteBudget } : {}),
    ...(options.targetDetails ? { targetDetails: options.targetDetails } : {}),
    ...(options.labControls !== undefined ? { labControls: options.labControls } : {}),
    ...(options.sessionIdleMs !== undefined ? { sessionIdleMs: options.sessionIdleMs } : {}),
  });
  await app.listen({ host, port: options.port });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://${urlHost(host)}:${port}`,
    close: async () => {
      // Open event channels would keep close() waiting for ever.
      app.server.closeAllConnections();
      await app.close();
    },
  };
}

/** The host to print in a URL: a wildcard listener is reached on loopback, IPv6 needs brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
