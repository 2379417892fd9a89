// Vite's own servers with the project's vite.config.ts: `npm run dev` (the dev server) and `vite preview`.
// Neither may let another local web app in through CORS, and each sends its own policy: inline scripts
// and the HMR socket for the dev server only, the strict one for the build.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from './free-port.fixture';
import { PRODUCTION_SECURITY_HEADERS } from './security-headers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG_FILE = join(ROOT, 'vite.config.ts');
const OTHER_APP = 'http://127.0.0.1:5999';

let dev: ViteDevServer;
let devUrl: string;
let previewServer: PreviewServer;
let previewUrl: string;
let outDir: string;

beforeAll(async () => {
  process.env.O2G_PROXY_URL = inject('labProxyUrl');
  dev = await createServer({
    configFile: CONFIG_FILE,
    root: ROOT,
    logLevel: 'silent',
    server: { port: 0, strictPort: false, hmr: false },
    // Only headers and /o2g are under test: no need to pre-bundle the console's dependencies.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await dev.listen();
  devUrl = `http://127.0.0.1:${(dev.httpServer?.address() as AddressInfo).port}`;

  outDir = mkdtempSync(join(tmpdir(), 'console-preview-'));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>built</title>');
  writeFileSync(join(outDir, 'app.js.map'), '{"version":3}');
  const port = await freePort();
  previewServer = await preview({
    configFile: CONFIG_FILE,
    root: ROOT,
    logLevel: 'silent',
    build: { outDir },
    preview: { port, strictPort: true, open: false },
  });
  previewUrl = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await dev.close();
  await previewServer.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe.each([
  ['the dev server', () => devUrl],
  ['vite preview', () => previewUrl],
])('%s', (_name, urlOf) => {
  it('sends no CORS header to another local origin, on pages and on /o2g', async () => {
    for (const path of ['/', '/o2g/__targets']) {
      const response = await fetch(`${urlOf()}${path}`, { headers: { origin: OTHER_APP } });
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
      const preflight = await fetch(`${urlOf()}${path}`, {
        method: 'OPTIONS',
        headers: { origin: OTHER_APP, 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin'), path).toBeNull();
    }
  });

  it('still forwards the console’s own calls to the dev proxy', async () => {
    const response = await fetch(`${urlOf()}/o2g/__targets`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { targets: unknown[] }).targets.length).toBeGreaterThan(0);
  });
});

describe('policies', () => {
  it('lets the dev server, alone, run inline scripts and open its own HMR socket', async () => {
    const response = await fetch(`${devUrl}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self' 'unsafe-inline';");
    const host = new URL(devUrl).host;
    expect(policy).toContain(`connect-src 'self' ws://${host};`);
    expect(policy).not.toMatch(/connect-src[^;]*(?:ws:|wss:)(?:\s|;)/);
  });

  it('gives vite preview the strict policy, and no source map', async () => {
    const response = await fetch(`${previewUrl}/`);
    expect(response.headers.get('content-security-policy')).toBe(
      PRODUCTION_SECURITY_HEADERS['Content-Security-Policy'],
    );
    expect((await fetch(`${previewUrl}/app.js.map`)).status).toBe(404);
  });
});
