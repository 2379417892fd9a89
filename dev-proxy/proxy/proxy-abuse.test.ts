// The red-team list, kept as regressions beside proxy-refusals and proxy-injection: other spellings of
// an address, double encoding, redirects, request smuggling, oversized heads and bodies, and clients
// that hold connections open. A bystander on the O2G's own host records every hit and must stay silent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { startProxy, type RunningProxy } from './start';
import { rawExchange, statusOf } from './testing/client';
import { sendJson, startHttpUpstream, type TestUpstream } from './testing/upstreams';

let o2g: TestUpstream;
let bystander: TestUpstream;
let proxy: RunningProxy;
let proxyPort: number;

beforeAll(async () => {
  bystander = await startHttpUpstream();
  o2g = await startHttpUpstream((request, response) => {
    if (request.url === '/redirect') {
      response.writeHead(302, { location: `http://127.0.0.1:${bystander.port}/x` }).end();
    } else if (request.url?.startsWith('/OTEvents')) {
      // An event channel that stays open until the client leaves.
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"eventName":"OnChannelInformation","text":"Chunk started"}\n');
    } else {
      request.resume();
      request.on('end', () => sendJson(response, 200, { url: request.url }));
    }
  });
  proxy = await startProxy({ port: 0, targets: [o2g.origin], log: () => undefined });
  proxyPort = Number(new URL(proxy.url).port);
});
afterAll(async () => {
  await proxy.close();
  await Promise.all([o2g.close(), bystander.close()]);
});

const raw = (lines: string[], body = '') => rawExchange(proxyPort, `${lines.join('\r\n')}\r\n\r\n${body}`);
const get = (path: string) => raw([`GET ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close']);

describe('addresses in other spellings', () => {
  it('never reaches another port of the host, however the address is written or encoded', async () => {
    const b = bystander.port;
    const t = o2g.port;
    for (const host of [
      `2130706433:${b}`,
      `0177.0.0.1:${b}`,
      `0x7f.0.0.1:${b}`,
      `127.1:${b}`,
      `[::ffff:127.0.0.1]:${b}`,
      `[::ffff:7f00:1]:${b}`,
      `127.0.0.1.:${b}`,
      `localhost.:${b}`,
      `127.0.0.1.:${t}`,
    ]) {
      const answer = await get(`/o2g/http/${host}/x`);
      expect(statusOf(answer), host).toBe(403);
    }
    for (const path of [
      `/o2g/http/127.0.0.1:${t}/%252e%252e/%252e%252e/o2g/http/127.0.0.1:${b}/x`,
      `/o2g/http%252f127.0.0.1:${b}/x`,
      `/o2g/http/127.0.0.1%253a${b}/x`,
      `/%252f%252f127.0.0.1:${b}/x`,
    ]) {
      // Either refused, or sent to the target with the path as it came: never to the bystander.
      expect([200, 403], path).toContain(statusOf(await get(path)));
    }
    expect(bystander.hits).toEqual([]);
  });

  it('passes a redirect on without following it', async () => {
    const answer = await get('/redirect');
    expect(statusOf(answer)).toBe(302);
    expect(bystander.hits).toEqual([]);
  });
});

describe('request smuggling and oversized requests', () => {
  it('answers 400 to a doubled length, a folded header and bare line feeds, forwarding nothing', async () => {
    const before = o2g.hits.length;
    const post = ['POST /api/rest HTTP/1.1', 'Host: 127.0.0.1'];
    const answers = await Promise.all([
      raw([...post, 'Content-Length: 4', 'Content-Length: 40', 'Connection: close'], 'abcd'),
      raw([...post, 'Content-Length: 4', 'Transfer-Encoding: chunked', 'Connection: close'], '0\r\n\r\n'),
      raw([
        'GET /api/rest HTTP/1.1',
        'Host: 127.0.0.1',
        'X-O2G-Cookies: none',
        ' folded',
        'Connection: close',
      ]),
      rawExchange(proxyPort, 'GET /api/rest HTTP/1.1\nHost: 127.0.0.1\nConnection: close\n\n'),
    ]);
    for (const answer of answers) expect(statusOf(answer)).toBe(400);
    expect(o2g.hits.length).toBe(before);
  });

  it('answers 431 to a 20 KB head and 413 to a 2 MiB body', async () => {
    const before = o2g.hits.length;
    const head = await raw(['GET /api/rest HTTP/1.1', 'Host: 127.0.0.1', `X-Big: ${'a'.repeat(20_000)}`]);
    expect(statusOf(head)).toBe(431);
    const body = await fetch(`${proxy.url}/api/rest/1.0/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(body.status).toBe(413);
    expect(o2g.hits.length).toBe(before);
  });
});

describe('clients that hold connections', () => {
  it('still answers others while 40 clients trickle their heads and 300 event channels are open', async () => {
    const slow: Socket[] = await Promise.all(
      Array.from(
        { length: 40 },
        () =>
          new Promise<Socket>((resolve) => {
            const socket = connect(proxyPort, '127.0.0.1', () => {
              socket.write('GET /api/rest HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
              resolve(socket);
            });
            socket.on('error', () => undefined);
          }),
      ),
    );
    const abort = new AbortController();
    const channels = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        fetch(`${proxy.url}/OTEvents?subscriptionId=s${i}`, { method: 'POST', signal: abort.signal }),
      ),
    );
    try {
      expect(channels.every((channel) => channel.status === 200)).toBe(true);
      const other = await fetch(`${proxy.url}/api/rest/1.0/users`);
      expect(await other.json()).toEqual({ url: '/api/rest/1.0/users' });
    } finally {
      abort.abort();
      for (const socket of slow) socket.destroy();
    }
    // 340 connections on a shared machine: more time than the default, and no time is asserted.
  }, 60_000);
});
