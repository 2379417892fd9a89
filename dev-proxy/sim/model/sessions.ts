import type { SupervisedAccount } from '../../../src/o2g/contract';
import { mintCredential, mintSessionId } from './credential-token';
import type { Clock } from './clock';
import type { Account, Directory } from './directory';
import type { DomainEvent, Outcome } from './domain-events';
import { checkCapacity, type Capacity } from './limits';
import { SimError } from './sim-error';

/** Session settings from the lab. */
export interface SessionSettings {
  /** Seconds a session lives without keepalive. */
  timeToLive: number;
  /** Seconds of tolerance past timeToLive before the session is dropped. */
  expiryGraceSeconds: number;
  /** Sessions per login (the one that authenticated) and in all; unlimited when absent. */
  limits?: Capacity;
}

/** An open O2G session. */
export interface SimSession {
  readonly sessionId: string;
  /** The credential (AlcUserId cookie) the session was opened with; it identifies the session. */
  readonly credential: string;
  /** The login that authenticated. */
  readonly authenticatedLoginName: string;
  /** The account the session acts as; another one than the authenticated login for a supervised session. */
  readonly loginName: string;
  readonly admin: boolean;
  readonly applicationName: string;
  readonly timeToLive: number;
  readonly openedAt: number;
  /** Clock time of the open or the last keepalive; the TTL counts from here. */
  readonly lastKeepAliveAt: number;
}

interface CredentialRecord {
  readonly loginName: string;
  readonly issuedAt: number;
  sessionId?: string;
}

/**
 * Credentials and sessions. The rules (decided here, where O2G documents nothing):
 * - each authentication mints a new credential; a login may hold several, hence several sessions;
 * - a credential carries at most one session. Opening again on it answers the same session, renewed;
 * - a credential without a session lives timeToLive seconds; with one, as long as the session;
 * - only keepalive (and opening) renew a session. It ends timeToLive + grace after the last renewal,
 *   or when closed; then its credential is forgotten too, so a stale cookie gets 401.
 */
export class SessionStore {
  readonly #credentials = new Map<string, CredentialRecord>();
  readonly #sessions = new Map<string, SimSession>();
  /**
   * No session or unused credential can be over before this clock time, so `tick` has nothing to do
   * until then: servers tick before every request, and a sweep walks every session. It may lag behind
   * (a keepalive pushes an expiry later), which only costs one sweep that finds nothing.
   */
  #nextDue = Number.POSITIVE_INFINITY;

  constructor(
    private readonly directory: Directory,
    private readonly clock: Clock,
    private readonly settings: SessionSettings,
  ) {}

  /** Checks a login and password (HTTP Basic) and mints a credential. */
  authenticate(loginName: string, password: string): Outcome<{ credential: string; account: Account }> {
    const account = this.directory.checkPassword(loginName, password);
    if (!account) throw new SimError('notAuthenticated', 'Authentication failed: wrong login or password');
    const at = this.clock.now();
    const credential = mintCredential(account.loginName, at);
    this.#forgetOldestUnusedCredential(account.loginName);
    this.#credentials.set(credential, { loginName: account.loginName, issuedAt: at });
    this.#nextDue = Math.min(this.#nextDue, this.#credentialEnd(at));
    return {
      result: { credential, account },
      events: [{ type: 'authenticated', at, loginName, admin: account.admin }],
    };
  }

  /** Opens the credential's session (or renews the one it already has). */
  openSession(
    credential: string,
    applicationName: string,
    supervisedAccount?: SupervisedAccount,
  ): Outcome<SimSession> {
    const record = this.#liveCredential(credential);
    if (record.sessionId !== undefined) return this.keepAlive(credential);
    const authenticated = this.directory.account(record.loginName);
    if (!authenticated)
      throw new SimError('notAuthenticated', 'The account of this credential no longer exists');
    const actingAs = supervisedAccount ? this.#supervised(authenticated, supervisedAccount) : authenticated;

    const at = this.clock.now();
    const { limits } = this.settings;
    if (limits)
      checkCapacity(
        'session',
        authenticated.loginName,
        this.#sessionCounts(authenticated.loginName, at),
        limits,
      );
    const session: SimSession = {
      sessionId: mintSessionId(),
      credential,
      authenticatedLoginName: authenticated.loginName,
      loginName: actingAs.loginName,
      admin: actingAs.admin,
      applicationName,
      timeToLive: this.settings.timeToLive,
      openedAt: at,
      lastKeepAliveAt: at,
    };
    record.sessionId = session.sessionId;
    this.#sessions.set(session.sessionId, session);
    this.#nextDue = Math.min(this.#nextDue, this.#sessionEnd(session));
    const opened = {
      sessionId: session.sessionId,
      loginName: session.loginName,
      admin: session.admin,
      applicationName,
    };
    return { result: session, events: [{ type: 'sessionOpened', at, ...opened }] };
  }

  /** Renews the credential's session for another timeToLive. */
  keepAlive(credential: string): Outcome<SimSession> {
    const session = { ...this.getSession(credential), lastKeepAliveAt: this.clock.now() };
    this.#sessions.set(session.sessionId, session);
    return { result: session, events: [] };
  }

  /** The live session of a credential; refuses an unknown credential, an expired or absent session. */
  getSession(credential: string): SimSession {
    const record = this.#liveCredential(credential);
    const session = record.sessionId === undefined ? undefined : this.#sessions.get(record.sessionId);
    if (!session) throw new SimError('noSession', 'No session is open for this credential; open one first');
    return session;
  }

  /** Closes the credential's session and forgets the credential. */
  closeSession(credential: string): Outcome<void> {
    const session = this.getSession(credential);
    return { result: undefined, events: [this.#drop(session, 'closed', this.clock.now())] };
  }

  /** Ends every session of a login (its user was deleted): their clients get 401 from now on. */
  closeSessionsOf(loginName: string): Outcome<void> {
    const at = this.clock.now();
    const events = this.sessionsOf(loginName).map((session) => this.#drop(session, 'closed', at));
    return { result: undefined, events };
  }

  /** The live sessions of a login (the account the sessions act as). */
  sessionsOf(loginName: string): SimSession[] {
    return [...this.#sessions.values()].filter((s) => s.loginName === loginName && !this.#isExpired(s));
  }

  /** Clock time after which the session counts as expired by its TTL (without the grace). */
  expirationTime(session: SimSession): number {
    return session.lastKeepAliveAt + session.timeToLive * 1000;
  }

  /** Drops the sessions and credentials whose time is over. */
  tick(now: number): DomainEvent[] {
    if (now < this.#nextDue) return [];
    const events: DomainEvent[] = [];
    let nextDue = Number.POSITIVE_INFINITY;
    for (const session of [...this.#sessions.values()]) {
      if (this.#isExpired(session, now)) events.push(this.#drop(session, 'expired', now));
      else nextDue = Math.min(nextDue, this.#sessionEnd(session));
    }
    for (const [credential, record] of this.#credentials) {
      if (record.sessionId !== undefined) continue;
      if (this.#credentialOver(record, now)) this.#credentials.delete(credential);
      else nextDue = Math.min(nextDue, this.#credentialEnd(record.issuedAt));
    }
    this.#nextDue = nextDue;
    return events;
  }

  /** The credential's record if it may still be used; an expired session not yet swept counts as gone. */
  #liveCredential(credential: string): CredentialRecord {
    const now = this.clock.now();
    const record = this.#credentials.get(credential);
    if (!record) throw new SimError('notAuthenticated', 'Unknown or expired credential; authenticate again');
    if (record.sessionId === undefined) {
      if (this.#credentialOver(record, now))
        throw new SimError('notAuthenticated', 'The credential has expired; authenticate again');
      return record;
    }
    const session = this.#sessions.get(record.sessionId);
    if (session && this.#isExpired(session, now))
      throw new SimError('sessionExpired', 'The session has expired; authenticate again');
    return record;
  }

  #supervised(authenticated: Account, target: SupervisedAccount): Account {
    if (!authenticated.admin)
      throw new SimError('forbidden', 'Only an administrator may open a supervised session');
    const account =
      target.type === 'LOGIN_NAME'
        ? this.directory.account(target.id)
        : this.directory.account(this.directory.userByPhoneNumber(target.id)?.loginName ?? '');
    if (!account) throw new SimError('badRequest', `Unknown supervised account ${target.id}`);
    return account;
  }

  #drop(session: SimSession, reason: 'closed' | 'expired', at: number): DomainEvent {
    this.#sessions.delete(session.sessionId);
    this.#credentials.delete(session.credential);
    return { type: 'sessionClosed', at, sessionId: session.sessionId, loginName: session.loginName, reason };
  }

  #isExpired(session: SimSession, now = this.clock.now()): boolean {
    return now >= this.#sessionEnd(session);
  }

  /** The clock time a session is over at, unless kept alive. */
  #sessionEnd(session: SimSession): number {
    return this.expirationTime(session) + this.settings.expiryGraceSeconds * 1000;
  }

  #credentialOver(record: CredentialRecord, now: number): boolean {
    return now >= this.#credentialEnd(record.issuedAt);
  }

  /** The clock time an unused credential issued at `issuedAt` is over at. */
  #credentialEnd(issuedAt: number): number {
    return issuedAt + (this.settings.timeToLive + this.settings.expiryGraceSeconds) * 1000;
  }

  /** Live sessions opened by a login, and in all. */
  #sessionCounts(loginName: string, now: number): { ofUser: number; total: number } {
    let ofUser = 0;
    let total = 0;
    for (const session of this.#sessions.values()) {
      if (this.#isExpired(session, now)) continue;
      total += 1;
      if (session.authenticatedLoginName === loginName) ofUser += 1;
    }
    return { ofUser, total };
  }

  /**
   * Authenticating needs no session, so a script could mint credentials without end: a login keeps at
   * most as many unused ones as it may have sessions, and a new one replaces the oldest.
   */
  #forgetOldestUnusedCredential(loginName: string): void {
    const cap = this.settings.limits?.perUser;
    if (cap === undefined) return;
    const unused = [...this.#credentials].filter(
      ([, record]) => record.loginName === loginName && record.sessionId === undefined,
    );
    if (unused.length >= cap && unused[0]) this.#credentials.delete(unused[0][0]);
  }
}
