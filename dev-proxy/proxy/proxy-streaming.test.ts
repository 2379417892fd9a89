// The NDJSON event channel passes through unbuffered, stays open while the O2G keeps it, and a client
// that goes away closes the upstream request. The upstream here writes NDJSON lines when told to.
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createProxy } from './create-proxy';
import { startHttpUpstream, type TestUpstream } from './testing/upstreams';

let o2g: TestUpstream;
let channel: ServerResponse | undefined;
let upstreamClosed = false;
let proxyUrl: string;
const app = { current: undefined as ReturnType<typeof createProxy> | undefined };

beforeAll(async () => {
  o2g = await startHttpUpstream((request, response) => {
    // O2G labels its chunked stream as JSON; the proxy must still not buffer it.
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"eventName":"OnChannelInformation","text":"Chunk started"}\n');
    channel = response;
    upstreamClosed = false;
    request.socket.once('close', () => {
      upstreamClosed = true;
    });
  });
  // A short headers timeout proves that a quiet stream is not cut by it.
  const proxy = createProxy({ targets: [o2g.origin], log: () => undefined, upstreamHeadersTimeoutMs: 200 });
  app.current = proxy;
  await proxy.listen({ host: '127.0.0.1', port: 0 });
  proxyUrl = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  app.current?.server.closeAllConnections();
  await app.current?.close();
  await o2g.close();
});

async function nextLine(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  buffered: { text: string },
): Promise<string> {
  const decoder = new TextDecoder();
  while (!buffered.text.includes('\n')) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended');
    buffered.text += decoder.decode(value, { stream: true });
  }
  const [line = '', ...rest] = buffered.text.split('\n');
  buffered.text = rest.join('\n');
  return line;
}

describe('the event channel', () => {
  it('delivers each event promptly, also after a quiet spell, and closes upstream when the client leaves', async () => {
    const abort = new AbortController();
    const response = await fetch(`${proxyUrl}/OTEvents?subscriptionId=s1`, {
      method: 'POST',
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const buffered = { text: '' };
    expect(JSON.parse(await nextLine(reader, buffered))).toEqual({
      eventName: 'OnChannelInformation',
      text: 'Chunk started',
    });

    // The upstream stream stays open: reading the event at all proves the proxy did not hold it back.
    channel?.write('{"eventName":"OnCallCreated","callRef":"c1"}\n');
    expect(JSON.parse(await nextLine(reader, buffered))).toMatchObject({ callRef: 'c1' });

    await new Promise((resolve) => setTimeout(resolve, 400));
    channel?.write('{"eventName":"OnCallRemoved","callRef":"c1"}\n');
    expect(JSON.parse(await nextLine(reader, buffered))).toMatchObject({ eventName: 'OnCallRemoved' });

    expect(upstreamClosed).toBe(false);
    abort.abort();
    await reader.cancel().catch(() => undefined);
    await vi.waitFor(() => expect(upstreamClosed).toBe(true), { timeout: 2000 });
  });
});
