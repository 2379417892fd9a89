import type { Lab } from '../labs/load-lab';
import { systemClock, type Clock } from './clock';
import { Directory } from './directory';
import { DomainEventBus, type DomainEvent, type Outcome } from './domain-events';
import { SessionStore } from './sessions';
import { Telephony } from './calls/telephony';
import { SubscriptionStore } from './subscriptions';
import { UserServices } from './services/user-services';
import { PbxSubscribers } from './services/pbx-subscribers';
import { SystemState } from './system-state';

/**
 * The whole simulated O2G + OXE in one object. It is built from a lab and a clock, changed only through
 * the commands of its parts (each returns the events it caused), and shared by every server that
 * serves it.
 *
 * Later stages add their part as a field built in the constructor, and add its `tick` to `tick()`:
 * calls (telephony), mailboxes (messaging), subscriptions (event channel), routing, comlog.
 */
export class World {
  readonly directory: Directory;
  readonly sessions: SessionStore;
  /** Where the HTTP layer publishes the events commands return; the event channel listens here. */
  readonly events = new DomainEventBus();
  readonly telephony: Telephony;
  readonly subscriptions: SubscriptionStore;
  /** Voicemail, comlog, routing, callbacks, directory search, phone sets and the event summary. */
  readonly userServices: UserServices;
  /** The OXE's Subscribers as PBX management creates, changes and deletes them. */
  readonly pbx: PbxSubscribers;
  /** The O2G's links to its OXE and its licences, as maintenance shows them (lab controls change them). */
  readonly system: SystemState;
  /** When the simulated O2G started (the maintenance status shows it). */
  readonly startedAt: number;

  constructor(
    readonly lab: Lab,
    readonly clock: Clock = systemClock,
  ) {
    this.directory = new Directory(lab);
    const { limits } = lab;
    this.sessions = new SessionStore(this.directory, clock, {
      ...lab.session,
      limits: { perUser: limits.sessionsPerUser, total: limits.sessions },
    });
    // Calls read the routing book at each offer; through `this`, so a reset's new book is the one read.
    this.telephony = new Telephony(lab, this.directory, clock, (loginName) =>
      this.userServices.routing.routingOf(loginName),
    );
    this.subscriptions = new SubscriptionStore(this.directory, clock, this.events, {
      perUser: limits.subscriptionsPerUser,
      total: limits.subscriptions,
    });
    this.userServices = new UserServices(lab, this.directory, clock);
    this.pbx = new PbxSubscribers(this);
    this.system = new SystemState(lab, clock);
    this.startedAt = clock.now();
    // Telephony's facts (deposits, ended calls) become messages and comlog records; what that changes is
    // published in turn. Read through `this` at each event, so a reset's new parts are the ones fed.
    this.events.subscribe((event) => {
      const caused = this.userServices.react(event);
      if (caused.length > 0) this.events.publish(caused);
    });
  }

  /**
   * Lets time act: expires sessions (and, in later stages, ends ringing calls, deposits voicemail…).
   * Servers call it before each request and on a timer; tests call it after moving a manual clock.
   */
  tick(now: number = this.clock.now()): Outcome<void> {
    const events: DomainEvent[] = [...this.sessions.tick(now)];
    events.push(...this.telephony.tick(now));
    events.push(...this.userServices.tick(now));
    return { result: undefined, events };
  }

  /**
   * Back to the lab file (a lab control): every open session ends, which ends its subscriptions and
   * event streams, and the parts that hold lab state start over. The event bus and the subscription
   * store stay, because listeners hold them; the sessions' end empties the store. A part added to the
   * world must be listed here if it holds state.
   */
  reset(): Outcome<void> {
    const at = this.clock.now();
    // The directory's users, not the lab file's: subscribers created since have sessions to end too.
    const logins = [...this.lab.administrators, ...this.directory.users()].map(
      (account) => account.loginName,
    );
    const events: DomainEvent[] = logins
      .flatMap((loginName) => this.sessions.sessionsOf(loginName))
      .map((session) => ({
        type: 'sessionClosed',
        at,
        sessionId: session.sessionId,
        loginName: session.loginName,
        reason: 'closed',
      }));
    const fresh = new World(this.lab, this.clock);
    const { directory, sessions, telephony, userServices, pbx, system } = fresh;
    Object.assign(this, { directory, sessions, telephony, userServices, pbx, system });
    return { result: undefined, events };
  }
}

/** Runs a world's tick and publishes what it caused; the one place outside routes that drives time. */
export function tickAndPublish(world: World): DomainEvent[] {
  const { events } = world.tick();
  world.events.publish(events);
  return events;
}
