// 200 event channels at once through the proxy to the embedded lab, as 200 console tabs would hold
// them: every one opens and streams, memory stays flat, and when the clients go away every stream ends
// on the lab and the proxy keeps no socket to it.
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { subscriptionAnswerSchema } from '../../src/o2g/contract';
import { eventChannelOf } from '../sim/events/event-channel';
import { loadLab } from '../sim/labs/load-lab';
import { ManualClock } from '../sim/model/clock';
import { World } from '../sim/model/world';
import { createSimApp } from '../sim/server';
import { selfSignedCertificate } from '../sim/tls-certificate';
import { startProxy, type RunningProxy } from './start';
import { collectGarbage, settledHeapMiB } from '../shared/collect-garbage';

const STREAMS = 200;

let world: World;
let channelApp: FastifyInstance;
let apiApp: FastifyInstance;
let proxy: RunningProxy;
let base: string;
let credential: string;

async function listen(app: FastifyInstance, scheme: string): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `${scheme}://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

// The lab as `npm start` runs it: API on HTTPS, event channel on the HTTP listener, one world.
beforeAll(async () => {
  world = new World(loadLab(), new ManualClock());
  const tls = await selfSignedCertificate('127.0.0.1');
  channelApp = createSimApp(world);
  const httpUrl = await listen(channelApp, 'http');
  apiApp = createSimApp(world, { https: tls, eventChannel: { httpPort: Number(new URL(httpUrl).port) } });
  const httpsUrl = await listen(apiApp, 'https');
  proxy = await startProxy({ port: 0, targets: [httpsUrl], caPem: tls.cert, log: () => undefined });

  const prefix = `${proxy.url}/o2g/https/${new URL(httpsUrl).host}`;
  const auth = (await (
    await fetch(`${prefix}/api/rest/authenticate?version=1.0`, {
      headers: { Authorization: `Basic ${Buffer.from('oxe2001:2001').toString('base64')}` },
    })
  ).json()) as { credential: string; publicUrl: string };
  credential = auth.credential;
  const session = (await (await post(auth.publicUrl, { applicationName: 'load' })).json()) as {
    publicBaseUrl: string;
  };
  base = session.publicBaseUrl;
});
afterAll(async () => {
  await proxy.close();
  await Promise.all([apiApp.close(), channelApp.close()]);
});

function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'X-O2G-Credential': credential, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** An open channel: the lines read so far come from `next()`. */
async function openChannel(pollingUrl: string) {
  const abort = new AbortController();
  const response = await fetch(pollingUrl, { method: 'POST', signal: abort.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  return {
    abort: () => abort.abort(),
    async next(): Promise<Record<string, unknown>> {
      while (!text.includes('\n')) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the channel ended');
        text += decoder.decode(value, { stream: true });
      }
      const line = text.slice(0, text.indexOf('\n'));
      text = text.slice(line.length + 1);
      return JSON.parse(line) as Record<string, unknown>;
    },
    /** Reads on to the first event of this name; false if a dozen other lines come first. */
    async until(eventName: string): Promise<boolean> {
      for (let lines = 0; lines < 12; lines += 1)
        if ((await this.next()).eventName === eventName) return true;
      return false;
    },
  };
}

const labConnections = () =>
  new Promise<number>((resolve, reject) =>
    channelApp.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );

async function until(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await condition())) throw new Error(`still waiting for ${what}`);
    },
    { timeout: 10_000, interval: 20 },
  );
}

/** Opens every channel, lets one call reach them all, then lets every client go away. */
async function round(pollingUrls: readonly string[]): Promise<number> {
  const channels = await Promise.all(pollingUrls.map(openChannel));
  for (const channel of channels) expect(await channel.next()).toMatchObject({ text: 'Chunk started' });
  expect(eventChannelOf(world).openStreamCount).toBe(STREAMS);

  const call = await post(`${base}/telephony/basicCall`, { deviceId: '2001', callee: '2002' });
  expect(call.status).toBe(201);
  // What the last round's hang-up caused while nobody listened comes first: the lab kept it.
  const heard = await Promise.all(channels.map((channel) => channel.until('OnCallCreated')));
  expect(heard.every(Boolean)).toBe(true);
  const whileOpen = settledHeapMiB();

  channels.forEach((channel) => channel.abort());
  await until(() => eventChannelOf(world).openStreamCount === 0, 'the lab to end every stream');
  await until(async () => (await labConnections()) === 0, 'the proxy to close its upstream sockets');
  const hangUp = await fetch(call.headers.get('location') ?? '', {
    method: 'DELETE',
    headers: { 'X-O2G-Credential': credential },
  });
  expect(hangUp.status).toBe(204);
  return whileOpen;
}

describe(`${STREAMS} event channels through the proxy`, () => {
  it('all stream, memory stays flat, and closing the clients closes everything upstream', async () => {
    const pollingUrls: string[] = [];
    for (let i = 0; i < STREAMS; i += 1) {
      const answer = await post(`${base}/subscriptions`, {
        filter: { selectors: [{ names: ['telephony'] }] },
      });
      pollingUrls.push(subscriptionAnswerSchema.parse(await answer.json()).publicPollingUrl);
    }
    const before = settledHeapMiB();
    const firstOpen = await round(pollingUrls);
    // The first round warms up what is made once (code, pools); later rounds must not add to it.
    const warm = settledHeapMiB();
    await round(pollingUrls);
    await round(pollingUrls);
    const after = settledHeapMiB();

    const perStreamKiB = ((firstOpen - before) * 1024) / STREAMS;
    console.info(
      `heap MiB: before ${before.toFixed(1)}, ${STREAMS} streams open ${firstOpen.toFixed(1)} ` +
        `(${perStreamKiB.toFixed(0)} KiB each), closed ${warm.toFixed(1)}, after 2 more rounds ` +
        `${after.toFixed(1)}; full collections: ${collectGarbage()}`,
    );
    // Generous bounds: what matters is that nothing is kept per stream once it is gone.
    expect(perStreamKiB).toBeLessThan(256);
    expect(after - warm).toBeLessThan(collectGarbage() ? 3 : 24);
    // Three rounds of 200 channels: a ceiling for a loaded two-core machine, not a duration.
  }, 90_000);
});
