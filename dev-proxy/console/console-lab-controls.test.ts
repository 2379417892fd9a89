// The Lab drawer's path as a browser takes it under `npm start -- --controls`: the console's own origin,
// /o2g/__lab forwarded to the proxy, the proxy to the lab's /__sim. Same-origin pages get through (the
// lab's cross-site guard sees Sec-Fetch-Site: same-origin); another origin is refused at the console.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROXY_LAB_CONTROLS_PATH } from '../../src/o2g/contract';
import { startProxy, type RunningProxy } from '../proxy/start';
import { startSim } from '../sim/start';
import { createConsoleApp } from './console-app';
import { PRODUCTION_SECURITY_HEADERS } from './security-headers';

let sim: Awaited<ReturnType<typeof startSim>>;
let proxy: RunningProxy;
let distDir: string;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  distDir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>console</title>');
  sim = await startSim({ controls: true });
  proxy = await startProxy({
    port: 0,
    targets: [sim.httpsUrl],
    caPem: sim.certificatePem,
    labControls: sim.httpsUrl,
    log: () => undefined,
  });
  app = createConsoleApp({ distDir, proxyUrl: proxy.url, bindHost: '127.0.0.1', log: () => {} });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await proxy.close();
  await sim.close();
  rmSync(distDir, { recursive: true, force: true });
});

describe('the lab controls on the console\u2019s origin', () => {
  it('answer the console\u2019s own page, under the strict security headers', async () => {
    const answer = await fetch(`${base}${PROXY_LAB_CONTROLS_PATH}/phones/2005/behaviour`, {
      method: 'PUT',
      headers: { Origin: base, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' },
      body: JSON.stringify({ outOfService: true }),
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ number: '2005', outOfService: true });
    expect(answer.headers.get('content-security-policy')).toBe(
      PRODUCTION_SECURITY_HEADERS['Content-Security-Policy'],
    );
    const reset = await fetch(`${base}${PROXY_LAB_CONTROLS_PATH}/reset`, {
      method: 'POST',
      headers: { Origin: base, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(reset.status).toBe(200);
  });

  it('refuse a page of another origin or another site, and the lab stays as it was', async () => {
    const foreign = await fetch(`${base}${PROXY_LAB_CONTROLS_PATH}/phones/2005/behaviour`, {
      method: 'PUT',
      headers: { Origin: 'http://attacker.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ outOfService: true }),
    });
    expect(foreign.status).toBe(403);
    // A form post with no Origin the browser would still label cross-site.
    const formPost = await fetch(`${base}${PROXY_LAB_CONTROLS_PATH}/phones/2005/behaviour`, {
      method: 'PUT',
      headers: { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' },
      body: JSON.stringify({ outOfService: true }),
    });
    expect(formPost.status).toBe(403);
    const state = (await (await fetch(`${sim.httpUrl}/__sim/state`)).json()) as {
      users: { phone: { number: string; outOfService: boolean } }[];
    };
    expect(state.users.find((user) => user.phone.number === '2005')?.phone.outOfService).toBe(false);
  });
});
