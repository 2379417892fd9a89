import { randomBytes } from 'node:crypto';
import {
  EVENT_PACKAGE_NAMES,
  type EventPackageName,
  type SubscriptionRequest,
} from '../../../src/o2g/contract';
import type { Clock } from './clock';
import type { Directory } from './directory';
import { checkCapacity, type Capacity } from './limits';
import type { DomainEventBus, Outcome } from './domain-events';
import type { SimSession } from './sessions';
import { SimError } from './sim-error';

/** An event subscription: which packages of which logins one session wants on its event channel. */
export interface SimSubscription {
  readonly subscriptionId: string;
  /** The session that made it; the subscription ends with it. */
  readonly sessionId: string;
  readonly loginName: string;
  /** For each login covered, the packages it receives. */
  readonly coverage: ReadonlyMap<string, ReadonlySet<EventPackageName>>;
  /** Minutes without events after which the stream is closed; 0 = never (keepalive lines instead). */
  readonly timeoutMinutes: number;
  readonly createdAt: number;
}

declare module './domain-events' {
  interface DomainEventMap {
    subscriptionCreated: { subscriptionId: string; loginName: string };
    /** Deleted by its client, or ended with its session. */
    subscriptionDeleted: { subscriptionId: string; reason: 'deleted' | 'sessionClosed' };
  }
}

const isPackage = (name: string): name is EventPackageName =>
  (EVENT_PACKAGE_NAMES as readonly string[]).includes(name);

/**
 * Subscriptions live as long as their session (they are dropped when it closes or expires) or until
 * deleted. The rules O2G documents: `ids` name the logins for an administrator and are required;
 * a user session always covers its own login only.
 */
export class SubscriptionStore {
  readonly #subscriptions = new Map<string, SimSubscription>();

  constructor(
    private readonly directory: Directory,
    private readonly clock: Clock,
    bus: DomainEventBus,
    /** Subscriptions per login and in all; unlimited when absent. */
    private readonly limits?: Capacity,
  ) {
    bus.subscribe((event) => {
      if (event.type !== 'sessionClosed') return;
      for (const subscription of this.#subscriptions.values()) {
        if (subscription.sessionId === event.sessionId)
          this.#subscriptions.delete(subscription.subscriptionId);
      }
    });
  }

  create(session: SimSession, request: SubscriptionRequest): Outcome<SimSubscription> {
    const coverage = new Map<string, Set<EventPackageName>>();
    for (const selector of request.filter.selectors) {
      const unknown = selector.names.filter((name) => !isPackage(name));
      if (unknown.length > 0)
        throw new SimError('badRequest', `Unknown event package(s): ${unknown.join(', ')}`);
      const logins = session.admin ? this.#adminIds(selector.ids) : [session.loginName];
      for (const loginName of logins) {
        const packages = coverage.get(loginName) ?? new Set<EventPackageName>();
        selector.names.filter(isPackage).forEach((name) => packages.add(name));
        coverage.set(loginName, packages);
      }
    }
    if (this.limits)
      checkCapacity('subscription', session.loginName, this.#counts(session.loginName), this.limits);
    const subscription: SimSubscription = {
      subscriptionId: mintSubscriptionId(session.loginName, this.clock.now()),
      sessionId: session.sessionId,
      loginName: session.loginName,
      coverage,
      timeoutMinutes: request.timeout ?? 0,
      createdAt: this.clock.now(),
    };
    this.#subscriptions.set(subscription.subscriptionId, subscription);
    const at = this.clock.now();
    return {
      result: subscription,
      events: [
        {
          type: 'subscriptionCreated',
          at,
          subscriptionId: subscription.subscriptionId,
          loginName: session.loginName,
        },
      ],
    };
  }

  /** A live subscription, or the 404 a polling client gets for an unknown or deleted one. */
  get(subscriptionId: string): SimSubscription {
    const subscription = this.#subscriptions.get(subscriptionId);
    if (!subscription) throw new SimError('notFound', `Unknown subscription ${subscriptionId}`);
    return subscription;
  }

  all(): SimSubscription[] {
    return [...this.#subscriptions.values()];
  }

  /** Deletes one of the session's own subscriptions; another session's is as unknown as a missing one. */
  delete(session: SimSession, subscriptionId: string): Outcome<void> {
    const subscription = this.get(subscriptionId);
    if (subscription.sessionId !== session.sessionId)
      throw new SimError('notFound', `Unknown subscription ${subscriptionId}`);
    this.#subscriptions.delete(subscriptionId);
    return {
      result: undefined,
      events: [{ type: 'subscriptionDeleted', at: this.clock.now(), subscriptionId, reason: 'deleted' }],
    };
  }

  /** Subscriptions made by sessions acting as a login, and in all. */
  #counts(loginName: string): { ofUser: number; total: number } {
    let ofUser = 0;
    for (const subscription of this.#subscriptions.values())
      if (subscription.loginName === loginName) ofUser += 1;
    return { ofUser, total: this.#subscriptions.size };
  }

  #adminIds(ids: readonly string[] | undefined): string[] {
    if (!ids || ids.length === 0) {
      throw new SimError(
        'badRequest',
        'An administrator subscription must name the logins it follows (selectors[].ids)',
      );
    }
    const unknown = ids.filter((id) => !this.directory.user(id));
    if (unknown.length > 0)
      throw new SimError('badRequest', `Unknown login(s) in selectors[].ids: ${unknown.join(', ')}`);
    return [...ids];
  }
}

/** Shaped like the JWT-like ids real O2Gs return (subject = login); opaque to the simulator. */
function mintSubscriptionId(loginName: string, nowMs: number): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  return `${part({ alg: 'HS256' })}.${part({ sub: loginName, iat: Math.floor(nowMs / 1000) })}.${randomBytes(24).toString('base64url')}`;
}
