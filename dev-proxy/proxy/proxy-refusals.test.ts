// No request, however crafted, makes the proxy reach a host that is not a target. A second local
// server (the "bystander") records every hit and must never be reached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROXY_TARGETS_PATH, proxyTargetsSchema } from '../../src/o2g/contract';
import { startProxy, type RunningProxy } from './start';
import { rawExchange, rawRequest, statusOf } from './testing/client';
import { startHttpUpstream, type TestUpstream } from './testing/upstreams';

let o2g: TestUpstream;
let bystander: TestUpstream;
let proxy: RunningProxy;
let proxyPort: number;

beforeAll(async () => {
  o2g = await startHttpUpstream();
  bystander = await startHttpUpstream();
  proxy = await startProxy({ port: 0, targets: [o2g.origin], log: () => undefined });
  proxyPort = Number(new URL(proxy.url).port);
});
afterAll(async () => {
  await proxy.close();
  await Promise.all([o2g.close(), bystander.close()]);
});

const crafted = () => {
  const b = bystander.port;
  const t = o2g.port;
  return [
    `/o2g/http/127.0.0.1:${b}/x`,
    `/o2g/https/127.0.0.1:${b}/x`,
    `/o2g/http/localhost:${t}/x`,
    `/o2g/http/localhost:${b}/x`,
    `/o2g/http/[::1]:${b}/x`,
    `/o2g/http/127.0.0.1:${t}@127.0.0.1:${b}/x`,
    `/o2g/http/169.254.169.254:80/latest/meta-data/`,
    `/o2g/http/metadata.google.internal:80/computeMetadata/v1/`,
    `/o2g/http/[fe80::1]:80/x`,
    `/o2g/http/0.0.0.0:${b}/x`,
    `/o2g/http%2f127.0.0.1:${b}/x`,
    `/o2g/http/127.0.0.1%3a${b}/x`,
    `/o2g/http/127.0.0.1:${t}/..%2f..%2fo2g/http/127.0.0.1:${b}/x`,
    `/o2g/http/127.0.0.1:${t}/%2e%2e/%2e%2e/x`,
    `/a/../o2g/http/127.0.0.1:${b}/x`,
    `/o2g/http/127.0.0.1:${t}/./x`,
    `/o2g/http/127.0.0.1:${t}\\@127.0.0.1:${b}/x`,
    `/%5c%5c127.0.0.1:${b}/x`,
    `/__proxy/../o2g/http/127.0.0.1:${b}/x`,
  ];
};

describe('refusals', () => {
  it('answers every crafted path with a clear 403 JSON and never reaches the bystander', async () => {
    for (const path of crafted()) {
      const raw = await rawExchange(
        proxyPort,
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${proxyPort}\r\nConnection: close\r\n\r\n`,
      );
      expect(statusOf(raw), path).toBe(403);
      expect(raw, path).toMatch(/"error":"forbidden","message":"[^"]+"/);
    }
    expect(bystander.hits).toEqual([]);
  });

  it('refuses absolute-form requests and CONNECT tunnels', async () => {
    const b = bystander.port;
    const absolute = await rawExchange(
      proxyPort,
      `GET http://127.0.0.1:${b}/x HTTP/1.1\r\nHost: 127.0.0.1:${b}\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(absolute)).toBe(403);
    expect(absolute).toMatch(/open relay/);
    const connect = await rawExchange(
      proxyPort,
      `CONNECT 127.0.0.1:${b} HTTP/1.1\r\nHost: 127.0.0.1:${b}\r\n\r\n`,
    );
    expect(statusOf(connect)).toBe(403);
    expect(connect).toMatch(/CONNECT is refused/);
    const asterisk = await rawExchange(
      proxyPort,
      `OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(asterisk)).not.toBe(200);
    expect(bystander.hits).toEqual([]);
  });

  it('never takes the destination from Host, X-Forwarded-Host or Forwarded', async () => {
    const b = bystander.port;
    const before = o2g.hits.length;
    const tricked = await rawRequest(`${proxy.url}/api/rest`, {
      headers: {
        Host: `127.0.0.1:${b}`,
        'X-Forwarded-Host': `127.0.0.1:${b}`,
        Forwarded: `host=127.0.0.1:${b}`,
      },
    });
    expect(tricked.status).toBe(200);
    expect(o2g.hits.length).toBe(before + 1);
    expect(o2g.headers.at(-1)).not.toHaveProperty('x-forwarded-host');
    expect(o2g.headers.at(-1)).not.toHaveProperty('forwarded');
    const doubleSlash = await rawRequest(`${proxy.url}//127.0.0.1:${b}/x`);
    expect(doubleSlash.status).toBe(200);
    expect(o2g.hits.at(-1)).toBe(`GET //127.0.0.1:${b}/x`);
    expect(bystander.hits).toEqual([]);
  });

  it('asks for a prefix when it has several targets, and lists them', async () => {
    const several = await startProxy({
      port: 0,
      targets: [o2g.origin, 'https://o2g.example.com'],
      targetDetails: {
        [o2g.origin]: {
          kind: 'embedded-lab',
          accounts: [{ loginName: 'admin', password: 'admin', description: 'administrator' }],
        },
      },
      log: () => undefined,
    });
    try {
      const bare = await fetch(`${several.url}/api/rest`);
      expect(bare.status).toBe(403);
      expect(await bare.json()).toMatchObject({
        error: 'forbidden',
        message: expect.stringMatching(/several targets/) as unknown,
      });
      const listed = {
        targets: [
          {
            origin: o2g.origin,
            prefix: `/o2g/http/127.0.0.1:${o2g.port}`,
            kind: 'embedded-lab',
            accounts: [{ loginName: 'admin', password: 'admin', description: 'administrator' }],
          },
          { origin: 'https://o2g.example.com', prefix: '/o2g/https/o2g.example.com:443', kind: 'o2g' },
        ],
      };
      // Under /o2g/ for the console behind Vite, and under the proxy's own root for tools.
      expect(
        proxyTargetsSchema.parse(await (await fetch(`${several.url}${PROXY_TARGETS_PATH}`)).json()),
      ).toEqual(listed);
      expect(await (await fetch(`${several.url}/__proxy/targets`)).json()).toEqual(listed);
      expect((await fetch(`${several.url}/o2g/http/127.0.0.1:${o2g.port}/api/rest`)).status).toBe(200);
    } finally {
      await several.close();
    }
    expect(bystander.hits).toEqual([]);
  });

  it('refuses a rebound Host name whatever address it is bound to, and answers its own names', async () => {
    for (const host of ['0.0.0.0', '127.1']) {
      const bound = await startProxy({ host, port: 0, targets: [o2g.origin], log: () => undefined });
      const port = new URL(bound.url).port;
      try {
        for (const name of ['evil.example.com', `evil.example.com:${port}`, 'o2g.localhost', 'localhost.']) {
          const rebound = await rawRequest(`http://127.0.0.1:${port}/api/rest`, { headers: { Host: name } });
          expect(rebound.status, `${host} ${name}`).toBe(403);
          expect(JSON.parse(rebound.text)).toMatchObject({ error: 'forbidden' });
        }
        for (const name of [`127.0.0.1:${port}`, `localhost:${port}`, 'localhost:5173']) {
          const own = await rawRequest(`http://127.0.0.1:${port}/api/rest`, { headers: { Host: name } });
          expect(own.status, `${host} ${name}`).toBe(200);
        }
      } finally {
        await bound.close();
      }
    }
    expect(bystander.hits).toEqual([]);
  });
});
