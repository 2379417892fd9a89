// The console's production build, built when missing or older than its sources, and served as `npm start`
// serves it: one server for dist/ with /o2g forwarded to a dev proxy (dev-proxy/console).
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { staleBuildReason } from '../../dev-proxy/console/build-stamp';
import { createConsoleApp } from '../../dev-proxy/console/console-app';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
const CONFIG_FILE = join(ROOT, 'vite.config.ts');

/** Builds dist/ unless its build stamp is newer than every source it comes from. */
export async function ensureBuild(force = false): Promise<void> {
  const reason = force ? 'asked for' : staleBuildReason(ROOT, DIST);
  if (reason === undefined) return;
  console.log(`building the console (vite build: ${reason})…`);
  await build({ configFile: CONFIG_FILE, root: ROOT, logLevel: 'warn' });
}

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Serves dist/ with `npm start`'s console server, /o2g forwarded to `proxyUrl`. */
export async function serveBuiltConsole(proxyUrl: string, port: number) {
  const app = createConsoleApp({ distDir: DIST, proxyUrl, bindHost: '127.0.0.1', log: () => {} });
  await app.listen({ host: '127.0.0.1', port });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      app.server.closeAllConnections();
      await app.close();
    },
  };
}
