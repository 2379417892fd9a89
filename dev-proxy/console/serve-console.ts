import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redactLogLine } from '../shared/redact-log';
import { staleBuildReason } from './build-stamp';
import { createConsoleApp } from './console-app';

export interface ConsoleServer {
  url: string;
  close: () => Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');

/**
 * `npm start`'s console: the production build, built first when it is missing or older than its sources,
 * served in this process (one process to stop) with /o2g forwarded to the dev proxy at `proxyUrl`.
 */
export async function serveConsole(options: {
  host: string;
  port: number;
  proxyUrl: string;
  log?: (line: string) => void;
}): Promise<ConsoleServer> {
  const print = options.log ?? ((line: string) => console.log(line));
  const log = (line: string) => print(redactLogLine(line));
  await ensureBuild(log);
  const app = createConsoleApp({ distDir: DIST, proxyUrl: options.proxyUrl, bindHost: options.host, log });
  await app.listen({ host: options.host, port: options.port });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://${urlHost(options.host)}:${port}/`,
    close: async () => {
      // Open event channels would keep close() waiting for ever.
      app.server.closeAllConnections();
      await app.close();
    },
  };
}

async function ensureBuild(log: (line: string) => void): Promise<void> {
  const reason = staleBuildReason(ROOT, DIST);
  if (reason === undefined) return;
  log(`Building the console (${reason})…`);
  // Vite is loaded only when a build is needed: serving a fresh build does not pay for it.
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn' });
}

/** The host to print in a URL: a wildcard listener is reached on loopback, IPv6 needs brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
