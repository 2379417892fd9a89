// Through Vite's own dev-server proxy, as `npm run dev` serves the console: an answer the upstream breaks
// off half-way must break off for the browser too, and a complete one must still end cleanly.
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { passStreamBreaks } from './pass-stream-breaks';
import * as channel from './testing/event-channel-upstream';

let upstream: channel.ChannelUpstream;
let vite: ViteDevServer;
let consoleUrl: string;

beforeAll(async () => {
  upstream = await channel.startChannelUpstream();
  vite = await createServer({
    configFile: false,
    logLevel: 'silent',
    server: {
      host: '127.0.0.1',
      port: 0,
      proxy: { '/o2g': { target: upstream.url, configure: passStreamBreaks } },
    },
  });
  await vite.listen();
  consoleUrl = `http://127.0.0.1:${(vite.httpServer?.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await vite.close();
  await upstream.close();
});

describe("Vite's proxy in front of the event channel", () => {
  it('breaks the browser’s stream off when the upstream one breaks off', () =>
    channel.expectBreakPassedOn(consoleUrl, upstream));

  it('leaves a complete answer alone', () => channel.expectCompleteAnswerWhole(consoleUrl));
});
