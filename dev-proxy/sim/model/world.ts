import type { Lab } from '../labs/load-lab';
import { systemClock, type Clock } from './clock';
import { Directory } from './directory';
import { DomainEventBus, type DomainEvent, type Outcome } from './domain-events';
import { SessionStore } from './sessions';

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

  constructor(
    readonly lab: Lab,
    readonly clock: Clock = systemClock,
  ) {
    this.directory = new Directory(lab);
    this.sessions = new SessionStore(this.directory, clock, lab.session);
  }

  /**
   * Lets time act: expires sessions (and, in later stages, ends ringing calls, deposits voicemail…).
   * Servers call it before each request and on a timer; tests call it after moving a manual clock.
   */
  tick(now: number = this.clock.now()): Outcome<void> {
    const events: DomainEvent[] = [...this.sessions.tick(now)];
    return { result: undefined, events };
  }
}

/** Runs a world's tick and publishes what it caused; the one place outside routes that drives time. */
export function tickAndPublish(world: World): DomainEvent[] {
  const { events } = world.tick();
  world.events.publish(events);
  return events;
}
