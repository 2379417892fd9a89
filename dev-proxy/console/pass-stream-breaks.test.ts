// Through Vite's own dev-server proxy, as `npm run dev` serves the console: an answer the upstream breaks
// off half-way must break off for the browser too, and a complete one must still end cleanly.
import { createServer as createHttpServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passStreamBreaks } from './pass-stream-breaks';

let upstream: Server;
let vite: ViteDevServer;
let consoleUrl: string;
const streams: ServerResponse[] = [];

beforeAll(async () => {
  upstream = createHttpServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"eventName":"OnChannelInformation","text":"Chunk started"}\n');
    if (request.url?.includes('complete')) response.end('{"eventName":"OnCallCreated"}\n');
    else streams.push(response);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const target = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  vite = await createServer({
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, proxy: { '/o2g': { target, configure: passStreamBreaks } } },
  });
  await vite.listen();
  consoleUrl = `http://127.0.0.1:${(vite.httpServer?.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await vite.close();
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

describe("Vite's proxy in front of the event channel", () => {
  it('breaks the browser’s stream off when the upstream one breaks off', async () => {
    const response = await fetch(`${consoleUrl}/o2g/OTEvents?subscriptionId=a`, { method: 'POST' });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
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
