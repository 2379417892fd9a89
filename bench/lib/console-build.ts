// The console's production build, built when missing or older than its sources, and served by
// `vite preview` with /o2g forwarded to a dev proxy, as vite.config.ts sets it up.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
const CONFIG_FILE = join(ROOT, 'vite.config.ts');
const INPUTS = ['src', 'index.html', 'vite.config.ts', 'package-lock.json', 'public'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Builds dist/ unless it is newer than every source it comes from. */
export async function ensureBuild(force = false): Promise<void> {
  const index = join(DIST, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(...INPUTS.map((input) => newestChange(join(ROOT, input))));
  if (!force && built > sources) return;
  console.log('building the console (vite build)…');
  await build({ configFile: CONFIG_FILE, root: ROOT, logLevel: 'warn' });
}

/** A free loopback port (Vite's preview will not take port 0). */
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

/** Serves dist/ with `vite preview`, /o2g forwarded to `proxyUrl`. */
export async function servePreview(proxyUrl: string, port: number) {
  // vite.config.ts reads the proxy's address from the environment when it is loaded.
  process.env.O2G_PROXY_URL = proxyUrl;
  const server = await preview({
    configFile: CONFIG_FILE,
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
