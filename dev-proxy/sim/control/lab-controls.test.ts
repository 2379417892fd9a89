import { afterEach, describe, expect, it } from 'vitest';
import { openTestSession } from '../testing/o2g-session';
import { expectO2gError, startServicesLab, type ServicesLab } from '../testing/services-lab';

let lab: ServicesLab | undefined;
afterEach(() => lab?.close());

const control = (method: string, path: string, body?: unknown) =>
  fetch(`${lab?.origin}/__sim${path}`, {
    method,
    ...(body !== undefined && {
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  });

describe('lab controls', () => {
  it('do not exist without --controls', async () => {
    lab = await startServicesLab();
    for (const [method, path] of [
      ['POST', '/reset'],
      ['GET', '/state'],
      ['POST', '/clock/advance'],
      ['POST', '/faults'],
    ] as const) {
      await expectO2gError(await control(method, path, method === 'POST' ? {} : undefined), 404);
    }
  });

  it('reset the world to the lab: sessions end, mailboxes, routing and passwords start over', async () => {
    lab = await startServicesLab({ controls: true });
    const alice = await openTestSession(lab.origin, 'oxe2001', '2001');
    expect((await alice.send('POST', '/routing/dnd')).status).toBe(204);
    expect(
      (await alice.send('PUT', '/users/oxe2001/password', { oldPassword: '2001', newPassword: 'new' }))
        .status,
    ).toBe(204);
    lab.world.events.publish([
      {
        type: 'voicemailDeposited',
        at: lab.clock.now(),
        mailboxLoginName: 'oxe2001',
        callerNumber: '2002',
        external: false,
        durationSeconds: 4,
      },
    ]);

    const before = (await (await control('GET', '/state')).json()) as {
      users: { loginName: string; sessions: number; mailbox?: { messages: number } }[];
    };
    expect(before.users[0]).toMatchObject({
      loginName: 'oxe2001',
      sessions: 1,
      routing: { dnd: true },
      mailbox: { messages: 1, unread: 1 },
    });

    const reset = await control('POST', '/reset');
    expect(reset.status).toBe(200);
    expect(((await reset.json()) as typeof before).users[0]).toMatchObject({
      sessions: 0,
      routing: { dnd: false },
      mailbox: { messages: 0 },
    });
    await expectO2gError(await alice.send('GET', '/routing/state'), 401);
    expect(lab.world.directory.checkPassword('oxe2001', '2001')).toBeDefined();
  });

  it('leave a reset world fully usable: sign in, open a session, keep it alive, close it', async () => {
    lab = await startServicesLab({ controls: true });
    expect((await control('POST', '/reset')).status).toBe(200);
    const admin = await openTestSession(lab.origin, 'admin', 'admin');
    expect((await admin.send('GET', admin.sessionsUrl)).status).toBe(200);
    expect((await admin.send('POST', `${admin.sessionsUrl}/keepalive`)).status).toBe(204);
    expect((await admin.send('DELETE', admin.sessionsUrl)).status).toBe(204);
    await expectO2gError(await admin.send('GET', admin.sessionsUrl), 401);
  });

  it('advance the clock and let time act', async () => {
    lab = await startServicesLab({ controls: true });
    const alice = await openTestSession(lab.origin, 'oxe2001', '2001');
    const response = await control('POST', '/clock/advance', { seconds: 1900 });
    expect(await response.json()).toEqual({
      now: '2026-01-15T10:01:40.000Z',
      nowMs: Date.UTC(2026, 0, 15, 10, 1, 40),
    });
    await expectO2gError(await alice.send('GET', '/eventSummary'), 401);
  });

  it('fail the next O2G requests, never the controls, then answer normally', async () => {
    lab = await startServicesLab({ controls: true });
    expect(await (await control('POST', '/faults', { failNext: 2, status: 500 })).json()).toMatchObject({
      failNext: 2,
      status: 500,
    });
    expect((await control('GET', '/state')).status).toBe(200);
    await expectO2gError(await fetch(`${lab.origin}/api/rest`), 500);
    await expectO2gError(await fetch(`${lab.origin}/api/rest`), 500);
    expect((await fetch(`${lab.origin}/api/rest`)).status).toBe(200);
    expect(await (await control('POST', '/faults', { delayNextMs: 0, delayCount: 1 })).json()).toMatchObject({
      delayCount: 1,
      failNext: 0,
    });
    expect((await fetch(`${lab.origin}/api/rest`)).status).toBe(200);
    expect(
      ((await (await control('GET', '/state')).json()) as { faults: { delayCount: number } }).faults
        .delayCount,
    ).toBe(0);
  });

  it.each([
    ['malformed JSON', '/clock/advance', '{"seconds":'],
    ['a negative advance', '/clock/advance', { seconds: -5 }],
    ['seconds as text', '/clock/advance', { seconds: '10' }],
    ['an unknown fault field', '/faults', { failNext: 1, explode: true }],
    ['a status that is not an error', '/faults', { failNext: 1, status: 200 }],
  ])('refuse %s with a JSON error and change nothing', async (_what, path, body) => {
    lab = await startServicesLab({ controls: true });
    const now = lab.clock.now();
    await expectO2gError(await control('POST', path, body), 400);
    expect(lab.clock.now()).toBe(now);
    expect((await fetch(`${lab.origin}/api/rest`)).status).toBe(200);
  });
});
