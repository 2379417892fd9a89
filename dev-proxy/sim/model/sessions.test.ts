import { beforeEach, describe, expect, it } from 'vitest';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from './clock';
import { SimError, type SimErrorKind } from './sim-error';
import { World } from './world';

const TTL_MS = 1800 * 1000;
const GRACE_MS = 60 * 1000;

function refusal(action: () => unknown): SimErrorKind | 'no error' {
  try {
    action();
    return 'no error';
  } catch (error) {
    if (error instanceof SimError) return error.kind;
    throw error;
  }
}

describe('sessions model', () => {
  let clock: ManualClock;
  let world: World;
  const login = (loginName: string, password: string) =>
    world.sessions.authenticate(loginName, password).result.credential;

  beforeEach(() => {
    clock = new ManualClock();
    world = new World(loadLab(), clock);
  });

  it('authenticates with the lab passwords and mints a new JWT-shaped credential each time', () => {
    const first = world.sessions.authenticate('oxe2001', '2001');
    const second = login('oxe2001', '2001');
    expect(first.result.credential).toMatch(/^[\w-]+\.[\w-]+\.[\w-]{40,}$/);
    expect(second).not.toBe(first.result.credential);
    expect(first.result.account).toMatchObject({ loginName: 'oxe2001', admin: false });
    expect(first.events).toEqual([
      { type: 'authenticated', at: clock.now(), loginName: 'oxe2001', admin: false },
    ]);
    expect(world.sessions.authenticate('admin', 'admin').result.account.admin).toBe(true);
  });

  it('refuses a wrong password and an unknown login alike, with a 401', () => {
    const wrong = () => world.sessions.authenticate('oxe2001', '2002');
    expect(refusal(wrong)).toBe('notAuthenticated');
    expect(refusal(() => world.sessions.authenticate('nobody', '2001'))).toBe('notAuthenticated');
    expect(new SimError('notAuthenticated', 'x').status).toBe(401);
  });

  it('opens a session on a credential, and opening again answers the same session', () => {
    const credential = login('oxe2002', '2002');
    const opened = world.sessions.openSession(credential, 'tests');
    expect(opened.result).toMatchObject({
      loginName: 'oxe2002',
      admin: false,
      applicationName: 'tests',
      timeToLive: 1800,
    });
    expect(opened.events).toMatchObject([
      { type: 'sessionOpened', loginName: 'oxe2002', sessionId: opened.result.sessionId },
    ]);
    const again = world.sessions.openSession(credential, 'tests');
    expect(again.result.sessionId).toBe(opened.result.sessionId);
    expect(again.events).toEqual([]);
  });

  it('lets one user hold several sessions, and closing one leaves the other', () => {
    const a = login('oxe2001', '2001');
    const b = login('oxe2001', '2001');
    const sessionA = world.sessions.openSession(a, 'console').result;
    const sessionB = world.sessions.openSession(b, 'softphone').result;
    expect(sessionA.sessionId).not.toBe(sessionB.sessionId);
    expect(world.sessions.sessionsOf('oxe2001')).toHaveLength(2);

    const closed = world.sessions.closeSession(a);
    expect(closed.events).toMatchObject([
      { type: 'sessionClosed', reason: 'closed', sessionId: sessionA.sessionId },
    ]);
    expect(refusal(() => world.sessions.getSession(a))).toBe('notAuthenticated');
    expect(world.sessions.getSession(b).sessionId).toBe(sessionB.sessionId);
  });

  it('refuses a credential that has not opened a session with a 403', () => {
    const credential = login('oxe2003', '2003');
    expect(refusal(() => world.sessions.getSession(credential))).toBe('noSession');
    expect(refusal(() => world.sessions.keepAlive(credential))).toBe('noSession');
    expect(new SimError('noSession', 'x').status).toBe(403);
  });

  it('expires a session timeToLive + grace after the last keepalive, not before', () => {
    const credential = login('oxe2001', '2001');
    const { sessionId } = world.sessions.openSession(credential, 'tests').result;
    clock.advance(TTL_MS + GRACE_MS - 1);
    expect(world.tick().events).toEqual([]);
    expect(world.sessions.getSession(credential).sessionId).toBe(sessionId);

    clock.advance(1);
    expect(refusal(() => world.sessions.getSession(credential))).toBe('sessionExpired');
    expect(world.tick().events).toEqual([
      { type: 'sessionClosed', at: clock.now(), sessionId, loginName: 'oxe2001', reason: 'expired' },
    ]);
    expect(refusal(() => world.sessions.getSession(credential))).toBe('notAuthenticated');
    expect(world.tick().events).toEqual([]);
  });

  it('skips sweeps until something is due, yet ends each session exactly on time after keepalives', () => {
    const first = login('oxe2001', '2001');
    const a = world.sessions.openSession(first, 'tests').result;
    clock.advance(TTL_MS);
    world.sessions.keepAlive(first); // its end moves past the time the last sweep noted
    clock.advance(1000);
    const b = world.sessions.openSession(login('oxe2002', '2002'), 'tests').result;
    clock.advance(GRACE_MS - 1000); // the first session's former end: nothing is over yet
    expect(world.tick().events).toEqual([]);
    clock.advance(TTL_MS - 1);
    expect(world.tick().events).toEqual([]);
    clock.advance(1);
    expect(world.tick().events).toEqual([
      {
        type: 'sessionClosed',
        at: clock.now(),
        sessionId: a.sessionId,
        loginName: 'oxe2001',
        reason: 'expired',
      },
    ]);
    clock.advance(999);
    expect(world.tick().events).toEqual([]);
    clock.advance(1);
    expect(world.tick().events).toEqual([
      {
        type: 'sessionClosed',
        at: clock.now(),
        sessionId: b.sessionId,
        loginName: 'oxe2002',
        reason: 'expired',
      },
    ]);
  });

  it('keeps a session alive as long as keepalives come within the TTL', () => {
    const credential = login('oxe2004', '2004');
    world.sessions.openSession(credential, 'tests');
    for (let i = 0; i < 5; i += 1) {
      clock.advance(TTL_MS); // the Java SDK's cadence: exactly 100 % of the TTL
      world.sessions.keepAlive(credential);
      expect(world.tick().events).toEqual([]);
    }
    expect(world.sessions.expirationTime(world.sessions.getSession(credential))).toBe(clock.now() + TTL_MS);
  });

  it('forgets a credential never used to open a session once its time is over', () => {
    const credential = login('oxe2005', '2005');
    clock.advance(TTL_MS + GRACE_MS);
    expect(refusal(() => world.sessions.openSession(credential, 'late'))).toBe('notAuthenticated');
  });

  it('opens an administrator session with admin rights', () => {
    const admin = world.sessions.openSession(login('admin', 'admin'), 'tests').result;
    expect(admin.admin).toBe(true);
    expect(world.sessions.sessionsOf('admin')).toHaveLength(1);
  });

  it('lets an administrator open a session as a user, and refuses it to a user without changing anything', () => {
    const adminCredential = login('admin', 'admin');
    const supervised = world.sessions.openSession(adminCredential, 'tests', {
      type: 'PHONE_NUMBER',
      id: '2003',
    }).result;
    expect(supervised).toMatchObject({ loginName: 'oxe2003', authenticatedLoginName: 'admin', admin: false });

    const userCredential = login('oxe2001', '2001');
    expect(
      refusal(() => world.sessions.openSession(userCredential, 't', { type: 'LOGIN_NAME', id: 'oxe2002' })),
    ).toBe('forbidden');
    expect(refusal(() => world.sessions.getSession(userCredential))).toBe('noSession');
    expect(world.sessions.openSession(userCredential, 't').result.loginName).toBe('oxe2001');
  });
});
