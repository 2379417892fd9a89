// The production console server of `npm start`, listening on a free port, serving a small build on disk
// and forwarding /o2g to the test lab's real dev proxy.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILD_STAMP_FILE } from './build-stamp';
import { createConsoleApp } from './console-app';
import { PRODUCTION_SECURITY_HEADERS } from './security-headers';

const INDEX = '<!doctype html><html><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('the console '.repeat(200))});`;

let distDir: string;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  distDir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(join(distDir, 'index.html'), INDEX);
  writeFileSync(join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(distDir, 'assets', 'index-AbC123.js'), SCRIPT);
  writeFileSync(join(distDir, 'assets', 'index-AbC123.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(distDir, 'assets', 'index-AbC123.js.map'), '{"version":3,"sources":["src/main.tsx"]}');
  writeFileSync(join(distDir, BUILD_STAMP_FILE), '{"startedAt":1}');
  app = createConsoleApp({ distDir, proxyUrl: inject('labProxyUrl'), bindHost: '127.0.0.1', log: () => {} });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.close();
  rmSync(distDir, { recursive: true, force: true });
});

describe('the built console', () => {
  it('is served with the strict security headers', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    for (const [name, value] of Object.entries(PRODUCTION_SECURITY_HEADERS))
      expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a client route with the single page, and a missing file with 404', async () => {
    const route = await fetch(`${base}/telephony/calls?tab=1`);
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(INDEX);
    const missing = await fetch(`${base}/assets/gone-XyZ.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<html');
  });

  it('caches hashed assets for ever and sends the compressed copy', async () => {
    const response = await fetch(`${base}/assets/index-AbC123.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(await response.text()).toBe(SCRIPT); // fetch undoes the gzip
  });

  it('never serves a source map or the build stamp', async () => {
    for (const path of ['/assets/index-AbC123.js.map', `/${BUILD_STAMP_FILE}`]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toMatch(/sources|startedAt|<html/);
    }
  });
});

describe('/o2g through the console', () => {
  it('reaches the dev proxy from the console’s own origin', async () => {
    const response = await fetch(`${base}/o2g/__targets`, { headers: { origin: base } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { targets: unknown[] };
    expect(body.targets.length).toBeGreaterThan(0);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses another local web app, with no CORS header', async () => {
    const other = 'http://127.0.0.1:5999';
    const read = await fetch(`${base}/o2g/__targets`, { headers: { origin: other } });
    expect(read.status).toBe(403);
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/o2g/__targets`, {
      method: 'OPTIONS',
      headers: { origin: other, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
