// DNS rebinding: a request whose Host is a name the lab is not known by gets a 403 and nothing else,
// so that no URL built on that name ever leaves the lab.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { o2gErrorBodySchema } from '../../../src/o2g/contract';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import { World } from '../model/world';
import { createSimApp, type SimAppOptions } from '../server';
import { basic, credentialCookie, listenOnFreePort, rawRequest } from '../testing/sim-http';
import { listenerHostNames } from './listener-host-names';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function serve(options: SimAppOptions = {}) {
  const world = new World(loadLab(), new ManualClock());
  const app = createSimApp(world, { controls: true, ...options });
  apps.push(app);
  return { world, origin: await listenOnFreePort(app) };
}

/** Signs in over loopback and returns a cookie, so that the rebound requests are fully authorised. */
async function openSession(origin: string) {
  const auth = (await (
    await fetch(`${origin}/api/rest/authenticate?version=1.0`, {
      headers: { Authorization: basic('oxe2001', '2001') },
    })
  ).json()) as { credential: string };
  const cookie = credentialCookie(auth.credential);
  const headers = { Cookie: cookie, 'Content-Type': 'application/json' };
  await fetch(`${origin}/api/rest/1.0/sessions`, {
    method: 'POST',
    headers,
    body: '{"applicationName":"t"}',
  });
  return cookie;
}

describe('the Host check', () => {
  it('refuses a name the lab is not known by with a 403 in O2G format that never repeats it', async () => {
    const { world, origin } = await serve();
    const cookie = await openSession(origin);
    const json = { 'content-type': 'application/json', cookie };
    const requests: [string, string, string?][] = [
      ['GET', '/api/rest'],
      ['GET', '/api/rest/authenticate?version=1.0'],
      ['POST', '/api/rest/1.0/sessions', '{"applicationName":"x"}'],
      ['GET', '/api/rest/1.0/sessions'],
      ['POST', '/api/rest/1.0/subscriptions', '{"filter":{"selectors":[{"names":["telephony"]}]}}'],
      ['GET', '/OTEvents?subscriptionId=x'],
      ['GET', '/no/such/path'],
      ['POST', '/__sim/reset'],
    ];
    for (const host of ['evil.example', 'evil.example:8780', 'localhost.evil.example', 'localhost/x?y=']) {
      for (const [method, path, body] of requests) {
        const headers = { ...json, authorization: basic('oxe2001', '2001'), host };
        const answer = await rawRequest(`${origin}${path}`, { method, headers, ...(body && { body }) });
        expect(answer.status, `${method} ${path} with Host ${host}`).toBe(403);
        expect(o2gErrorBodySchema.parse(answer.json()).code).toBe(403);
        expect(answer.text).not.toContain('evil');
        expect(answer.headers.location).toBeUndefined();
        expect(answer.headers['set-cookie']).toBeUndefined();
      }
    }
    expect(world.subscriptions.all()).toEqual([]);
    expect(world.sessions.sessionsOf('oxe2001')).toHaveLength(1);
  });

  it('answers loopback names, the names it was given and the public URL host', async () => {
    const { origin } = await serve({
      hostNames: ['lab.example.test'],
      publicUrl: 'https://o2g.example.test/o2g',
    });
    const port = new URL(origin).port;
    for (const host of [
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
      'LAB.example.test',
      'o2g.example.test:443',
      '127.1',
    ]) {
      const answer = await rawRequest(`${origin}/api/rest`, { headers: { host } });
      expect(answer.status, host).toBe(200);
    }
  });

  it('builds URLs on the Host when it is an accepted name', async () => {
    const { origin } = await serve({ hostNames: ['lab.example.test'] });
    const answer = await rawRequest(`${origin}/api/rest`, { headers: { host: 'lab.example.test:8780' } });
    expect(answer.text).toContain('http://lab.example.test:8780/api/rest/authenticate');
  });
});

describe('listenerHostNames', () => {
  it('lists a host given to listen on, or every address of the machine for a wildcard', () => {
    expect(listenerHostNames('lab.example.test')).toEqual(['lab.example.test']);
    expect(listenerHostNames('0.0.0.0')).toContain('127.0.0.1');
  });
});
