// The console server passes the O2G's answers on as they are: a 503 is news for the console (it says
// "try again in a moment"), never something the server quietly retries behind the browser's back.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createConsoleApp } from './console-app';

let distDir: string;
let upstream: Server;
let app: FastifyInstance;
let base: string;
let upstreamRequests = 0;

beforeAll(async () => {
  distDir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>console</title>');
  // Stands for the dev proxy in front of a busy O2G: every request gets a 503.
  upstream = createServer((_request, response) => {
    upstreamRequests += 1;
    response.writeHead(503, { 'content-type': 'application/json' });
    response.end('{"httpStatus":"SERVICE_UNAVAILABLE","code":503,"helpMessage":"busy"}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const proxyUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  app = createConsoleApp({ distDir, proxyUrl, bindHost: '127.0.0.1', log: () => {} });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
  rmSync(distDir, { recursive: true, force: true });
});

it('hands a GET that got a 503 to the browser after one try', async () => {
  const response = await fetch(`${base}/o2g/https/127.0.0.1:8743/api/rest/1.0/logins`);
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({ code: 503, helpMessage: 'busy' });
  expect(upstreamRequests).toBe(1);
});
