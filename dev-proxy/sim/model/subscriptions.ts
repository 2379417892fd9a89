import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { EVENT_PACKAGE_NAMES, subscriptionRequestSchema } from '../../../src/o2g/contract';
import type { Clock } from './clock';
import type { Directory } from './directory';
import { checkCapacity, type Capacity } from './limits';
import type { DomainEventBus, Outcome } from './domain-events';
import type { SimSession } from './sessions';
import { SimError } from './sim-error';

/**
 * The packages of the O2G itself rather than of a login: administrators only, `ids` ignored. They sit
 * in a subscription's coverage under SYSTEM_SCOPE.
 */
export const ADMIN_PACKAGES = ['system', 'pbxManagement', 'userManagement'] as const;
/** Every package the lab serves: the console's login packages and the administrators' ones. */
export const SIM_PACKAGES = [...EVENT_PACKAGE_NAMES, ...ADMIN_PACKAGES] as const;
export type EventPackageName = (typeof SIM_PACKAGES)[number];
/** The coverage key of the administrators' packages (no login is empty). */
export const SYSTEM_SCOPE = '';

/**
 * `POST …/subscriptions` as the lab reads it: the contract's request, plus the node SDK's `webHookUrl`,
 * sent instead of `timeout` when events are to be POSTed to the application rather than streamed.
 */
export const simSubscriptionRequestSchema = subscriptionRequestSchema.extend({
  webHookUrl: z.string().min(1).max(2048).optional(),
});
export type SubscriptionRequest = z.infer<typeof simSubscriptionRequestSchema>;

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
  /** Where its events are POSTed, when it is a web-hook subscription (no stream then). */
  readonly webHookUrl?: string;
}

declare module './domain-events' {
  interface DomainEventMap {
    subscriptionCreated: { subscriptionId: string; loginName: string };
    /** Deleted by its client, or ended with its session. */
    subscriptionDeleted: { subscriptionId: string; reason: 'deleted' | 'sessionClosed' };
  }
}

const isPackage = (name: string): name is EventPackageName =>
  (SIM_PACKAGES as readonly string[]).includes(name);
const isAdminPackage = (name: string) => (ADMIN_PACKAGES as readonly string[]).includes(name);

/**
 * Subscriptions live as long as their session (they are dropped when it closes or expires) or until
 * deleted. The rules O2G documents: `ids` name the logins for an administrator and are required;
 * a user session always covers its own login only.
 */
export class SubscriptionStore {
  readonly #subscriptions = new Map<string, SimSubscription>();
  #changes = 0;

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
        if (subscription.sessionId === event.sessionId) {
          this.#subscriptions.delete(subscription.subscriptionId);
          this.#changes += 1;
        }
      }
    });
  }

  create(session: SimSession, request: SubscriptionRequest): Outcome<SimSubscription> {
    const coverage = new Map<string, Set<EventPackageName>>();
    const cover = (loginName: string, names: readonly EventPackageName[]) => {
      if (names.length === 0) return;
      const packages = coverage.get(loginName) ?? new Set<EventPackageName>();
      names.forEach((name) => packages.add(name));
      coverage.set(loginName, packages);
    };
    for (const selector of request.filter.selectors) {
      const unknown = selector.names.filter((name) => !isPackage(name));
      if (unknown.length > 0)
        throw new SimError('badRequest', `Unknown event package(s): ${unknown.join(', ')}`);
      const names = selector.names.filter(isPackage);
      const system = names.filter(isAdminPackage);
      if (system.length > 0 && !session.admin)
        throw new SimError('forbidden', `Only an administrator may subscribe to ${system.join(', ')}`);
      cover(SYSTEM_SCOPE, system);
      const perLogin = names.filter((name) => !isAdminPackage(name));
      if (perLogin.length === 0) continue;
      const logins = session.admin ? this.#adminIds(selector.ids) : [session.loginName];
      logins.forEach((loginName) => cover(loginName, perLogin));
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
      ...(request.webHookUrl !== undefined && { webHookUrl: request.webHookUrl }),
    };
    this.#subscriptions.set(subscription.subscriptionId, subscription);
    this.#changes += 1;
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

  /**
   * Grows each time a subscription is made or goes: what a reader derived from `all()` holds as long as
   * this has not moved (the event channel groups subscriptions by audience once, not at every event).
   */
  get changes(): number {
    return this.#changes;
  }

  /** Deletes one of the session's own subscriptions; another session's is as unknown as a missing one. */
  delete(session: SimSession, subscriptionId: string): Outcome<void> {
    const subscription = this.get(subscriptionId);
    if (subscription.sessionId !== session.sessionId)
      throw new SimError('notFound', `Unknown subscription ${subscriptionId}`);
    this.#subscriptions.delete(subscriptionId);
    this.#changes += 1;
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
