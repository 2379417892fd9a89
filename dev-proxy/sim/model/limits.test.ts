// Session and subscription caps, over HTTP: past a login's own cap a 403, past the server's a 503,
// both in O2G format and changing nothing; closing or expiring makes room again.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLab, parseLab } from '../labs/load-lab';
import { createSimApp } from '../server';
import { openTestSession, type TestSession } from '../testing/o2g-session';
import { expectO2gError } from '../testing/services-lab';
import { basic, listenOnFreePort } from '../testing/sim-http';
import { ManualClock } from './clock';
import { World } from './world';

const LIMITS = { sessionsPerUser: 2, sessions: 3, subscriptionsPerUser: 2, subscriptions: 3 };

let app: FastifyInstance | undefined;
afterEach(() => app?.close());

async function startLab() {
  const clock = new ManualClock();
  const world = new World({ ...loadLab(), limits: LIMITS }, clock);
  app = createSimApp(world);
  return { clock, world, origin: await listenOnFreePort(app) };
}

/** Authenticates and opens a session; returns the answer of the open. */
async function tryOpen(origin: string, loginName: string, password: string) {
  const auth = (await (
    await fetch(`${origin}/api/rest/authenticate?version=1.0`, {
      headers: { Authorization: basic(loginName, password) },
    })
  ).json()) as { credential: string };
  return fetch(`${origin}/api/rest/1.0/sessions`, {
    method: 'POST',
    headers: { Cookie: `AlcUserId=${auth.credential}`, 'Content-Type': 'application/json' },
    body: '{"applicationName":"limits"}',
  });
}

const subscribe = (session: TestSession) =>
  session.send('POST', '/subscriptions', { filter: { selectors: [{ names: ['telephony'] }] } });

describe('session limits', () => {
  it('refuse a login past its own cap with a 403, and everyone past the server cap with a 503', async () => {
    const { world, origin } = await startLab();
    const alice = await openTestSession(origin, 'oxe2001', '2001');
    await openTestSession(origin, 'oxe2001', '2001');
    const perUser = await expectO2gError(await tryOpen(origin, 'oxe2001', '2001'), 403);
    expect(perUser.helpMessage).toMatch(/oxe2001 already holds 2 sessions/);
    expect(world.sessions.sessionsOf('oxe2001')).toHaveLength(2);

    await openTestSession(origin, 'oxe2002', '2002');
    const full = await expectO2gError(await tryOpen(origin, 'oxe2003', '2003'), 503);
    expect(full.canRetry).toBe(true);
    expect(world.sessions.sessionsOf('oxe2003')).toHaveLength(0);

    expect((await alice.send('DELETE', alice.sessionsUrl)).status).toBe(204);
    expect((await tryOpen(origin, 'oxe2003', '2003')).status).toBe(200);
  });

  it('count no expired session', async () => {
    const { clock, world, origin } = await startLab();
    await openTestSession(origin, 'oxe2001', '2001');
    await openTestSession(origin, 'oxe2001', '2001');
    const { timeToLive, expiryGraceSeconds } = world.lab.session;
    clock.advance((timeToLive + expiryGraceSeconds) * 1000);
    expect((await tryOpen(origin, 'oxe2001', '2001')).status).toBe(200);
  });

  it('keep at most as many unused credentials per login as it may have sessions, forgetting the oldest', async () => {
    const { origin } = await startLab();
    const credentials: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const answer = await fetch(`${origin}/api/rest/authenticate?version=1.0`, {
        headers: { Authorization: basic('oxe2004', '2004') },
      });
      credentials.push(((await answer.json()) as { credential: string }).credential);
    }
    const open = (credential: string) =>
      fetch(`${origin}/api/rest/1.0/sessions`, {
        method: 'POST',
        headers: { Cookie: `AlcUserId=${credential}`, 'Content-Type': 'application/json' },
        body: '{"applicationName":"limits"}',
      });
    await expectO2gError(await open(credentials[0] ?? ''), 401);
    expect((await open(credentials[1] ?? '')).status).toBe(200);
    expect((await open(credentials[2] ?? '')).status).toBe(200);
  });
});

describe('subscription limits', () => {
  it('refuse a login past its cap with a 403 and the server past its cap with a 503; a delete makes room', async () => {
    const { world, origin } = await startLab();
    const alice = await openTestSession(origin, 'oxe2001', '2001');
    expect((await subscribe(alice)).status).toBe(200);
    const second = (await (await subscribe(alice)).json()) as { subscriptionId: string };
    await expectO2gError(await subscribe(alice), 403);
    expect(world.subscriptions.all()).toHaveLength(2);

    const bruno = await openTestSession(origin, 'oxe2002', '2002');
    expect((await subscribe(bruno)).status).toBe(200);
    await expectO2gError(await subscribe(bruno), 503);
    expect(world.subscriptions.all()).toHaveLength(3);

    const deleted = await alice.send('DELETE', `/subscriptions/${encodeURIComponent(second.subscriptionId)}`);
    expect(deleted.status).toBe(204);
    expect((await subscribe(bruno)).status).toBe(200);
  });
});

describe('the limits of a lab file', () => {
  it('leave room in the embedded lab for the benchmarks: 2,000 sessions over five users', () => {
    const { limits } = loadLab();
    expect(limits.sessionsPerUser).toBeGreaterThanOrEqual(400);
    expect(limits.sessions).toBeGreaterThanOrEqual(2000);
    expect(limits.subscriptionsPerUser).toBeGreaterThanOrEqual(400);
    expect(limits.subscriptions).toBeGreaterThanOrEqual(2000);
  });

  it('default when a lab file says nothing, and must be positive whole numbers', () => {
    const data = JSON.parse(JSON.stringify(loadLab())) as Record<string, unknown>;
    delete data.limits;
    expect(parseLab(data).limits.sessionsPerUser).toBe(500);
    expect(() => parseLab({ ...data, limits: { sessions: 0 } })).toThrow(/limits\.sessions/);
    expect(() => parseLab({ ...data, limits: { sessionsPerUser: 'many' } })).toThrow(
      /limits\.sessionsPerUser/,
    );
  });
});
