// Absolute URLs that an O2G returns, on any port or scheme of its host, come back pointing into the
// proxy; other ports of that host become reachable only once the O2G itself named them.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxy } from './create-proxy';
import { startProxy, type RunningProxy } from './start';
import { rawRequest } from './testing/client';
import { sendJson, startHttpUpstream, type TestUpstream } from './testing/upstreams';

let o2g: TestUpstream;
let events: TestUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  events = await startHttpUpstream((_request, response) =>
    sendJson(response, 200, { eventName: 'OnChannelInformation' }),
  );
  o2g = await startHttpUpstream((request, response, self) => {
    const pollingUrl = `http://127.0.0.1:${events.port}/OTEvents?subscriptionId=s1`;
    if (request.url === '/api/rest/1.0/subscriptions') {
      sendJson(response, 200, {
        subscriptionId: 's1',
        publicPollingUrl: pollingUrl,
        privatePollingUrl: `http://localhost:${events.port}/OTEvents?subscriptionId=s1`,
        status: 'ACCEPTED',
      });
    } else if (request.url === '/moved') {
      sendJson(response, 302, {}, { location: `${self.origin}/api/rest` });
    } else if (request.url === '/relative') {
      sendJson(response, 302, {}, { location: '/api/rest/1.0' });
    } else if (request.url === '/created') {
      sendJson(response, 201, {}, { location: `http://127.0.0.1:${events.port}/created/1` });
    } else if (request.url === '/foreign') {
      sendJson(response, 302, {}, { location: 'https://elsewhere.example.org/x' });
    } else {
      sendJson(response, 200, {});
    }
  });
  proxy = await startProxy({ port: 0, targets: [o2g.origin], log: () => undefined });
});
afterAll(async () => {
  await proxy.close();
  await Promise.all([o2g.close(), events.close()]);
});

describe('absolute URL mapping', () => {
  it('refuses a port of the O2G host that the O2G never named', async () => {
    const response = await fetch(`${proxy.url}/o2g/http/127.0.0.1:${events.port}/OTEvents?subscriptionId=s1`);
    expect(response.status).toBe(403);
    expect(events.hits).toEqual([]);
  });

  it('maps the polling URLs of a subscription and then reaches the port they name', async () => {
    const answer = (await (
      await fetch(`${proxy.url}/api/rest/1.0/subscriptions`, { method: 'POST' })
    ).json()) as Record<string, string>;
    expect(answer.publicPollingUrl).toBe(
      `${proxy.url}/o2g/http/127.0.0.1:${events.port}/OTEvents?subscriptionId=s1`,
    );
    // Another host than the target's is not ours to map: it is left as the O2G wrote it.
    expect(answer.privatePollingUrl).toBe(`http://localhost:${events.port}/OTEvents?subscriptionId=s1`);
    const polled = await fetch(String(answer.publicPollingUrl), { method: 'POST' });
    expect(polled.status).toBe(200);
    expect(events.hits).toEqual(['POST /OTEvents?subscriptionId=s1']);
  });

  it('maps Location headers, absolute or relative, on the target or on a port it named', async () => {
    const moved = await fetch(`${proxy.url}/moved`, { redirect: 'manual' });
    expect(moved.headers.get('location')).toBe(`${proxy.url}/api/rest`);
    const relative = await fetch(`${proxy.url}/o2g/http/127.0.0.1:${o2g.port}/relative`, {
      redirect: 'manual',
    });
    expect(relative.headers.get('location')).toBe(`${proxy.url}/o2g/http/127.0.0.1:${o2g.port}/api/rest/1.0`);
    const created = await fetch(`${proxy.url}/created`, { method: 'POST' });
    expect(created.headers.get('location')).toBe(`${proxy.url}/o2g/http/127.0.0.1:${events.port}/created/1`);
    const foreign = await fetch(`${proxy.url}/foreign`, { redirect: 'manual' });
    expect(foreign.headers.get('location')).toBe('https://elsewhere.example.org/x');
  });

  it('builds URLs on the Host the client used, and ignores a Host that is not a plain host', async () => {
    const path = `/o2g/http/127.0.0.1:${o2g.port}/moved`;
    const viaVite = await rawRequest(`${proxy.url}${path}`, { headers: { Host: 'localhost:5173' } });
    expect(viaVite.headers.location).toBe(`http://localhost:5173/o2g/http/127.0.0.1:${o2g.port}/api/rest`);
    // The O2G sees its own name, whatever Host the client sent.
    expect(o2g.headers.at(-1)?.host).toBe(`127.0.0.1:${o2g.port}`);
    // Other names are refused (DNS rebinding), and so is a Host that is not a plain host[:port], on a
    // proxy bound to loopback as on one built without a bind address at all.
    const rebound = await rawRequest(`${proxy.url}${path}`, { headers: { Host: 'evil.example.com' } });
    expect(rebound.status).toBe(403);
    expect(rebound.text).toMatch(/not a name of this proxy/);
    const open = createProxy({ targets: [o2g.origin], log: () => undefined });
    await open.listen({ host: '127.0.0.1', port: 0 });
    try {
      const openUrl = `http://127.0.0.1:${(open.server.address() as AddressInfo).port}`;
      const crafted = await rawRequest(`${openUrl}${path}`, {
        headers: { Host: 'localhost/phish?x=' },
      });
      expect(crafted.status).toBe(403);
      expect(crafted.headers.location).toBeUndefined();
    } finally {
      await open.close();
    }
  });
});
