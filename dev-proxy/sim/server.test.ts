import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  authenticationAnswerSchema,
  discoveryAnswerSchema,
  o2gErrorBodySchema,
  sessionInfoSchema,
} from '../../src/o2g/contract';
import { loadLab } from './labs/load-lab';
import { ManualClock } from './model/clock';
import type { DomainEvent } from './model/domain-events';
import { World } from './model/world';
import { createSimApp } from './server';
import { basic, credentialCookie, listenOnFreePort, rawRequest } from './testing/sim-http';

let clock: ManualClock;
let world: World;
let app: FastifyInstance;
let origin: string;

beforeEach(async () => {
  clock = new ManualClock();
  world = new World(loadLab(), clock);
  app = createSimApp(world);
  origin = await listenOnFreePort(app);
});
afterEach(() => app.close());

/** Discovery → authenticate, following the URLs the answers give; returns the credential and sessions URL. */
async function signIn(loginName: string, password: string) {
  const discovery = discoveryAnswerSchema.parse(await (await fetch(`${origin}/api/rest`)).json());
  const authUrl = discovery.versions.find((v) => v.status === 'CURRENT')?.publicUrl ?? '';
  const response = await fetch(authUrl, { headers: { Authorization: basic(loginName, password) } });
  expect(response.status).toBe(200);
  const auth = authenticationAnswerSchema.parse(await response.json());
  return {
    credential: auth.credential,
    sessionsUrl: auth.publicUrl,
    setCookie: response.headers.get('set-cookie'),
  };
}

async function openSession(loginName: string, password: string) {
  const { credential, sessionsUrl } = await signIn(loginName, password);
  const cookie = credentialCookie(credential);
  const response = await fetch(sessionsUrl, {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify({ applicationName: 'vitest' }),
  });
  expect(response.status).toBe(200);
  const text = await response.text();
  return { cookie, sessionsUrl, text, session: sessionInfoSchema.parse(JSON.parse(text)) };
}

async function expectO2gError(response: Response, code: number) {
  expect(response.status).toBe(code);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.has('www-authenticate')).toBe(false);
  const body = o2gErrorBodySchema.parse(await response.json());
  expect(body.code).toBe(code);
  expect(body.helpMessage).toMatch(/\S/); // words for a person, never empty
  return body;
}

describe('the O2G flow over HTTP', () => {
  it('goes discovery → authenticate → session → keepalive → get → delete by following the returned URLs', async () => {
    const discovery = discoveryAnswerSchema.parse(await (await fetch(`${origin}/api/rest`)).json());
    expect(discovery.versions).toEqual([
      {
        id: '1.0',
        status: 'CURRENT',
        publicUrl: `${origin}/api/rest/authenticate?version=1.0`,
        internalUrl: `${origin}/api/rest/authenticate?version=1.0`,
      },
    ]);

    const { credential, sessionsUrl, setCookie } = await signIn('oxe2001', '2001');
    expect(sessionsUrl).toBe(`${origin}/api/rest/1.0/sessions`);
    expect(setCookie).toBe(`AlcUserId=${credential}; Path=/; HttpOnly`);

    const cookie = credentialCookie(credential);
    const opened = await fetch(sessionsUrl, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: '{"applicationName":"vitest"}',
    });
    const session = sessionInfoSchema.parse(await opened.json());
    expect(session).toMatchObject({
      admin: false,
      timeToLive: 1800,
      publicBaseUrl: `${origin}/api/rest/1.0`,
      privateBaseUrl: `${origin}/api/rest/1.0`,
    });

    // The node SDK labels its empty keepalive as JSON; the Java SDK sends no Content-Type at all.
    const keepalive = await fetch(`${sessionsUrl}/keepalive`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    });
    expect(keepalive.status).toBe(204);
    expect(
      (await fetch(`${sessionsUrl}/keepalive`, { method: 'POST', headers: { Cookie: cookie } })).status,
    ).toBe(204);

    const current = await fetch(sessionsUrl, { headers: { Cookie: cookie } });
    expect(sessionInfoSchema.parse(await current.json())).toEqual(session);

    const closed = await fetch(sessionsUrl, { method: 'DELETE', headers: { Cookie: cookie } });
    expect(closed.status).toBe(204);
    expect(await closed.text()).toBe('');
    await expectO2gError(await fetch(sessionsUrl, { headers: { Cookie: cookie } }), 401);
  });

  it('gives the administrator the 18 services of the seed', async () => {
    const { session, text } = await openSession('admin', 'admin');
    expect(session.admin).toBe(true);
    expect(session.services).toHaveLength(18);
    expect(session.services[0]).toEqual({
      serviceName: 'Logins',
      serviceVersion: '1.0',
      relativeUrl: '/logins',
    });
    expect(session.services.map((s) => s.serviceName)).toContain('PbxManagement');
    expect(text.startsWith('{"admin":true,"timeToLive":1800,')).toBe(true);
  });

  it('gives a user the per-user services and says admin:false', async () => {
    const { session, text } = await openSession('oxe2003', '2003');
    expect(text).toContain('"admin":false');
    const names = session.services.map((s) => s.serviceName);
    expect(names).toHaveLength(15);
    expect(names).toEqual(
      expect.arrayContaining(['Telephony', 'Voicemail', 'Subscriptions', 'EventSummary']),
    );
    expect(names.some((n) => ['PbxManagement', 'Analytics', 'Maintenance'].includes(n))).toBe(false);
  });

  it('serves absolute URLs on the origin the request came in on, or on the configured public URL', async () => {
    const named = createSimApp(world, { hostNames: ['o2g.example.test'] });
    const namedOrigin = await listenOnFreePort(named);
    const viaName = await rawRequest(`${namedOrigin}/api/rest`, {
      headers: { host: 'o2g.example.test:9443' },
    });
    await named.close();
    expect(discoveryAnswerSchema.parse(viaName.json()).versions[0]?.publicUrl).toBe(
      'http://o2g.example.test:9443/api/rest/authenticate?version=1.0',
    );

    const fixed = createSimApp(world, { publicUrl: 'https://lab.example.test/o2g/' });
    try {
      const fixedOrigin = await listenOnFreePort(fixed);
      const answer = discoveryAnswerSchema.parse(await (await fetch(`${fixedOrigin}/api/rest`)).json());
      expect(answer.versions[0]?.internalUrl).toBe(
        'https://lab.example.test/o2g/api/rest/authenticate?version=1.0',
      );
    } finally {
      await fixed.close();
    }
  });
});

describe('refusals in O2G format', () => {
  it('answers wrong or missing credentials with 401 and never a WWW-Authenticate challenge', async () => {
    const authUrl = `${origin}/api/rest/authenticate?version=1.0`;
    const wrong = await expectO2gError(
      await fetch(authUrl, { headers: { Authorization: basic('oxe2001', 'nope') } }),
      401,
    );
    expect(wrong).toMatchObject({ httpStatus: 'UNAUTHORIZED', type: 'UNAUTHORIZED' });
    await expectO2gError(await fetch(authUrl), 401);
    await expectO2gError(await fetch(authUrl, { headers: { Authorization: 'Basic !!!' } }), 401);
    await expectO2gError(await fetch(authUrl, { headers: { Authorization: 'Bearer abc' } }), 401);
  });

  it('answers a session request without cookie or with an unknown one with 401, before any session with 403', async () => {
    const sessionsUrl = `${origin}/api/rest/1.0/sessions`;
    await expectO2gError(await fetch(sessionsUrl), 401);
    await expectO2gError(await fetch(sessionsUrl, { headers: { Cookie: credentialCookie('forged') } }), 401);
    const { credential } = await signIn('oxe2002', '2002');
    await expectO2gError(
      await fetch(sessionsUrl, { headers: { Cookie: `theme=dark; ${credentialCookie(credential)}` } }),
      403,
    );
  });

  it('answers malformed JSON and wrong types with 400, and opens no session', async () => {
    const { credential, sessionsUrl } = await signIn('oxe2001', '2001');
    const headers = { Cookie: credentialCookie(credential), 'Content-Type': 'application/json' };
    const malformed = await expectO2gError(
      await fetch(sessionsUrl, { method: 'POST', headers, body: '{"applicationName":' }),
      400,
    );
    expect(malformed.httpStatus).toBe('BAD_REQUEST');
    const wrongType = await expectO2gError(
      await fetch(sessionsUrl, { method: 'POST', headers, body: '{"applicationName":5}' }),
      400,
    );
    expect(wrongType.helpMessage).toContain('applicationName');
    await expectO2gError(await fetch(sessionsUrl, { method: 'POST', headers, body: '[]' }), 400);
    await expectO2gError(
      await fetch(`${origin}/api/rest/authenticate?version=1.0&version=2`, {
        headers: { Authorization: basic('oxe2001', '2001') },
      }),
      400,
    );
    await expectO2gError(
      await fetch(sessionsUrl, { headers: { Cookie: credentialCookie(credential) } }),
      403,
    );
  });

  it('answers an unknown path with 404 and a wrong method on a known path with 405', async () => {
    await expectO2gError(await fetch(`${origin}/api/rest/1.0/nothing`), 404);
    await expectO2gError(await fetch(`${origin}/`), 404);
    const wrongMethod = await fetch(`${origin}/api/rest/1.0/sessions/keepalive`, { method: 'GET' });
    await expectO2gError(wrongMethod, 405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    const putSessions = await fetch(`${origin}/api/rest/1.0/sessions`, { method: 'PUT' });
    expect(putSessions.headers.get('allow')).toBe('GET, HEAD, POST, DELETE');
    await expectO2gError(putSessions, 405);
  });

  it('answers a session that outlived its timeToLive with 401 and publishes its end', async () => {
    const events: DomainEvent[] = [];
    world.events.subscribe((event) => events.push(event));
    const { cookie, sessionsUrl } = await openSession('oxe2001', '2001');
    clock.advanceSeconds(1800 - 1);
    expect(
      (await fetch(`${sessionsUrl}/keepalive`, { method: 'POST', headers: { Cookie: cookie } })).status,
    ).toBe(204);
    clock.advanceSeconds(1800 + 60);
    const expired = await expectO2gError(await fetch(sessionsUrl, { headers: { Cookie: cookie } }), 401);
    expect(expired.httpStatus).toBe('UNAUTHORIZED');
    expect(events.map((e) => e.type)).toEqual(['authenticated', 'sessionOpened', 'sessionClosed']);
    expect(events[2]).toMatchObject({ reason: 'expired', loginName: 'oxe2001' });
  });
});
