// The event channel through the production console server, as `npm start` serves it: lines reach the
// browser as they come (nothing buffered), an answer the upstream breaks off half-way breaks off for the
// browser too, and a complete one still ends cleanly. (pass-stream-breaks.test.ts covers `npm run dev`.)
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleApp } from './console-app';

let upstream: Server;
let app: FastifyInstance;
let consoleUrl: string;
let distDir: string;
const streams: ServerResponse[] = [];

beforeAll(async () => {
  // Stands in for the dev proxy: the console server forwards /o2g to whatever listens there.
  upstream = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"eventName":"OnChannelInformation","text":"Chunk started"}\n');
    if (request.url?.includes('complete')) response.end('{"eventName":"OnCallCreated"}\n');
    else streams.push(response);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  distDir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  app = createConsoleApp({
    distDir,
    proxyUrl: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
    bindHost: '127.0.0.1',
    log: () => {},
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  consoleUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  app.server.closeAllConnections();
  await app.close();
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
  rmSync(distDir, { recursive: true, force: true });
});

describe('the console server in front of the event channel', () => {
  it('passes each line on while the stream stays open, and breaks off when the upstream does', async () => {
    const response = await fetch(`${consoleUrl}/o2g/OTEvents?subscriptionId=a`, { method: 'POST' });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // The upstream has not ended its answer: this line can only arrive if nothing buffers it.
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('Chunk started');
    // What a crash does to the upstream connection.
    streams.shift()?.socket?.destroy();
    const drain = async (): Promise<string> => {
      for (;;) if ((await reader.read()).done) return 'ended';
    };
    const outcome = await Promise.race([
      drain().catch(() => 'broken'),
      new Promise((resolve) => setTimeout(() => resolve('still open'), 3000)),
    ]);
    // Ended or broken, the console sees the stream go and reconnects; left open, it would wait for ever.
    expect(outcome).not.toBe('still open');
  });

  it('leaves a complete answer alone', async () => {
    const response = await fetch(`${consoleUrl}/o2g/complete`, { method: 'POST' });
    const text = await response.text();
    expect(text.trimEnd().split('\n')).toHaveLength(2);
  });
});
