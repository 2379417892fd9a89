// Test kit for the console servers' proxying of the event channel: an upstream that opens a chunked
// stream and keeps it open (or answers completely on `/complete`), and the two checks both servers pass.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';

/** Stands in for the dev proxy's event channel. */
export interface ChannelUpstream {
  /** Origin to forward `/o2g` to. */
  readonly url: string;
  /** Cuts the oldest open stream off as a crash would (the socket destroyed mid-answer). */
  breakOldestStream(): void;
  close(): Promise<void>;
}

export async function startChannelUpstream(): Promise<ChannelUpstream> {
  const streams: ServerResponse[] = [];
  const upstream: Server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"eventName":"OnChannelInformation","text":"Chunk started"}\n');
    if (request.url?.includes('complete')) response.end('{"eventName":"OnCallCreated"}\n');
    else streams.push(response);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
    breakOldestStream: () => streams.shift()?.socket?.destroy(),
    close: async () => {
      upstream.closeAllConnections();
      await new Promise((resolve) => upstream.close(resolve));
    },
  };
}

/**
 * Opens the channel through the console server, reads its first line (which can only arrive if nothing
 * buffers it: the upstream has not ended its answer), breaks the upstream off, and expects the browser's
 * stream to go too. Ended or broken, the console sees it and reconnects; left open, the read never
 * returns and the test times out.
 */
export async function expectBreakPassedOn(consoleUrl: string, upstream: ChannelUpstream): Promise<void> {
  const response = await fetch(`${consoleUrl}/o2g/OTEvents?subscriptionId=a`, { method: 'POST' });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  expect(new TextDecoder().decode((await reader.read()).value)).toContain('Chunk started');
  upstream.breakOldestStream();
  const drain = async (): Promise<string> => {
    for (;;) if ((await reader.read()).done) return 'ended';
  };
  expect(['ended', 'broken']).toContain(await drain().catch(() => 'broken'));
}

/** A complete answer passes through whole. */
export async function expectCompleteAnswerWhole(consoleUrl: string): Promise<void> {
  const response = await fetch(`${consoleUrl}/o2g/complete`, { method: 'POST' });
  const text = await response.text();
  expect(text.trimEnd().split('\n')).toHaveLength(2);
}
