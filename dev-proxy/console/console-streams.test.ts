// The event channel through the production console server, as `npm start` serves it: lines reach the
// browser as they come (nothing buffered), an answer the upstream breaks off half-way breaks off for the
// browser too, and a complete one still ends cleanly. (pass-stream-breaks.test.ts covers `npm run dev`.)
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createConsoleApp } from './console-app';
import * as channel from './testing/event-channel-upstream';

let upstream: channel.ChannelUpstream;
let app: FastifyInstance;
let consoleUrl: string;
let distDir: string;

beforeAll(async () => {
  // Stands in for the dev proxy: the console server forwards /o2g to whatever listens there.
  upstream = await channel.startChannelUpstream();
  distDir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  app = createConsoleApp({ distDir, proxyUrl: upstream.url, bindHost: '127.0.0.1', log: () => {} });
  await app.listen({ host: '127.0.0.1', port: 0 });
  consoleUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  app.server.closeAllConnections();
  await app.close();
  await upstream.close();
  rmSync(distDir, { recursive: true, force: true });
});

describe('the console server in front of the event channel', () => {
  it('passes each line on while the stream stays open, and breaks off when the upstream does', () =>
    channel.expectBreakPassedOn(consoleUrl, upstream));

  it('leaves a complete answer alone', () => channel.expectCompleteAnswerWhole(consoleUrl));
});
