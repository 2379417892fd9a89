// Every log line of the console's servers goes through the shared redaction (its cases are in
// dev-proxy/shared/redact-log.test.ts): here, the real servers' lines when the dev proxy cannot be
// reached (the moment they print a URL).
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { createConsoleApp } from './console-app';
import { freePort } from './free-port.fixture';

const SUBSCRIPTION = 'eyJzdWIiOiJveGUyMDAxIn0.live-channel';
const EVENTS_PATH = `/o2g/https/127.0.0.1:8743/OTEvents?subscriptionId=${SUBSCRIPTION}`;

describe('the servers’ log lines', () => {
  it('the production console server redacts the URL it failed to forward', async () => {
    const lines: string[] = [];
    const distDir = mkdtempSync(join(tmpdir(), 'console-dist-'));
    const app = createConsoleApp({
      distDir,
      proxyUrl: `http://127.0.0.1:${await freePort()}`,
      bindHost: '127.0.0.1',
      log: (line) => lines.push(line),
    });
    try {
      const answer = await app.inject({ method: 'POST', url: EVENTS_PATH, headers: { host: '127.0.0.1' } });
      expect(answer.statusCode).toBe(502);
      expect(lines.join('\n')).toContain('/OTEvents?subscriptionId=***');
      expect(lines.join('\n')).not.toContain(SUBSCRIPTION);
    } finally {
      await app.close();
      rmSync(distDir, { recursive: true, force: true });
    }
  });

  it('Vite’s dev server (npm run dev) redacts its proxy’s error lines', async () => {
    process.env.O2G_PROXY_URL = `http://127.0.0.1:${await freePort()}`;
    const lines: string[] = [];
    const logger = createLogger('error');
    const capture = (message: string) => void lines.push(message);
    const vite = await createServer({
      configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
      customLogger: { ...logger, info: capture, warn: capture, warnOnce: capture, error: capture },
      server: { port: 0, strictPort: false, hmr: false },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    await vite.listen();
    try {
      const port = (vite.httpServer?.address() as AddressInfo).port;
      const answer = await fetch(`http://127.0.0.1:${port}${EVENTS_PATH}`, { method: 'POST' });
      expect(answer.status).toBeGreaterThanOrEqual(500);
      const proxyErrors = lines.filter((line) => line.includes('proxy error'));
      expect(proxyErrors.join('\n')).toContain('/OTEvents?subscriptionId=***');
      expect(lines.join('\n')).not.toContain(SUBSCRIPTION);
    } finally {
      await vite.close();
    }
  });
});
