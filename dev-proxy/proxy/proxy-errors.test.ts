// What the console sees when things go wrong: upstream failures as 502 JSON naming target and cause,
// the O2G's own 401 without a Basic challenge, CORS for allowed origins only, and a log without secrets.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startProxy, type RunningProxy } from './start';
import { sendJson, startHttpUpstream, type TestUpstream } from './testing/upstreams';

let o2g: TestUpstream;
let proxy: RunningProxy;
const logLines: string[] = [];

beforeAll(async () => {
  o2g = await startHttpUpstream((request, response) => {
    if (request.url?.startsWith('/api/rest/authenticate')) {
      sendJson(
        response,
        401,
        { httpStatus: 'UNAUTHORIZED', code: 401 },
        { 'www-authenticate': 'Basic realm="O2G"', 'access-control-allow-origin': '*' },
      );
    } else {
      sendJson(response, 200, {
        cookie: request.headers.cookie ?? null,
        origin: request.headers.origin ?? null,
      });
    }
  });
  proxy = await startProxy({
    port: 0,
    targets: [o2g.origin],
    bodyLimit: 1024,
    log: (line) => logLines.push(line),
  });
});
afterAll(async () => {
  await proxy.close();
  await o2g.close();
});

describe('upstream failures', () => {
  it('names the target and says the connection was refused', async () => {
    const closed = await startHttpUpstream();
    await closed.close();
    const lonely = await startProxy({ port: 0, targets: [closed.origin], log: () => undefined });
    try {
      const response = await fetch(`${lonely.url}/api/rest`);
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({
        error: 'upstream',
        target: closed.origin,
        cause: 'refused',
      });
    } finally {
      await lonely.close();
    }
  });

  it('says when the name does not resolve', async () => {
    const lonely = await startProxy({ port: 0, targets: ['http://o2g.invalid'], log: () => undefined });
    try {
      const response = await fetch(`${lonely.url}/api/rest`);
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({
        error: 'upstream',
        target: 'http://o2g.invalid',
        cause: 'dns',
      });
    } finally {
      await lonely.close();
    }
  });
});

describe('answers for the browser', () => {
  it("passes a 401 on without its Basic challenge or the O2G's own CORS headers", async () => {
    const response = await fetch(`${proxy.url}/api/rest/authenticate?version=1.0`, {
      headers: { Origin: 'http://evil.example.com' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await response.json()).toEqual({ httpStatus: 'UNAUTHORIZED', code: 401 });
  });

  it('answers a preflight from an allowed origin with that exact origin, never *', async () => {
    const preflight = await fetch(`${proxy.url}/o2g/http/127.0.0.1:${o2g.port}/api/rest/1.0/sessions`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, x-o2g-credential',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-o2g-credential/i);
    expect(o2g.hits.some((hit) => hit.startsWith('OPTIONS'))).toBe(false);

    const stranger = await fetch(`${proxy.url}/api/rest`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example.com', 'Access-Control-Request-Method': 'GET' },
    });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('turns X-O2G-Credential into the AlcUserId cookie and keeps the browser Origin from the O2G', async () => {
    const response = await fetch(`${proxy.url}/echo`, {
      headers: { 'X-O2G-Credential': 'tok.en-1', Cookie: 'AlcUserId=other', Origin: 'http://localhost:5173' },
    });
    expect(await response.json()).toEqual({ cookie: 'AlcUserId=tok.en-1', origin: null });
    const smuggled = await fetch(`${proxy.url}/echo`, { headers: { 'X-O2G-Credential': 'a; admin=1' } });
    expect(smuggled.status).toBe(400);
  });

  it('refuses a body above the limit', async () => {
    const response = await fetch(`${proxy.url}/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: 'x'.repeat(2048),
    });
    expect(response.status).toBe(413);
  });

  it('logs one line per request without credentials', async () => {
    await fetch(`${proxy.url}/OTEvents?subscriptionId=secret-sub&x=1`, {
      headers: {
        Authorization: 'Basic c2VjcmV0OnNlY3JldA==',
        Cookie: 'AlcUserId=secret-cookie',
        'X-O2G-Credential': 'secret-cred',
      },
    });
    // Matrix parameters, other secret names, and the subscription id in a DELETE path.
    for (const [method, path] of [
      ['DELETE', '/api/rest/1.0/subscriptions/secret-subscription'],
      ['GET', '/OTEvents;subscriptionId=secret-sub2'],
      ['POST', '/api/rest/1.0/messaging/mailboxes/2001;pass=secret-pass?pin=secret-pin&x=2'],
      ['GET', '/api/rest/1.0/x?AlcUserId=secret-alc&userPassword=secret-pw'],
    ] as const) {
      expect((await fetch(`${proxy.url}${path}`, { method })).status).toBe(200);
    }
    // The log line of a request is written as its answer ends: wait for the last one's.
    await vi.waitFor(() => expect(logLines.some((entry) => entry.includes(' /api/rest/1.0/x?'))).toBe(true));
    expect(logLines.join('\n')).toMatch(/DELETE \S+ \/api\/rest\/1\.0\/subscriptions\/\*\*\* 200/);
    expect(logLines.join('\n')).toMatch(/;pass=\*\*\*\?pin=\*\*\*&x=2 200/);
    const line = logLines.find((entry) => entry.includes('/OTEvents?'));
    expect(line).toMatch(
      new RegExp(
        `^GET http://127\\.0\\.0\\.1:${o2g.port} /OTEvents\\?subscriptionId=\\*\\*\\*&x=1 200 \\d+ms$`,
      ),
    );
    expect(logLines.join('\n')).not.toMatch(/secret|c2VjcmV0/);
  });
});
