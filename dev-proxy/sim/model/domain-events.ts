/**
 * What happened in the world, as facts. Commands return the events they caused; the HTTP layer
 * publishes them on the world's bus, where the event channel (later stage) turns them into O2G events.
 *
 * Each stage adds its own events without touching this file, by augmenting the map from its own module:
 * ```ts
 * declare module './domain-events' {
 *   interface DomainEventMap { callCreated: { callRef: string; loginName: string } }
 * }
 * ```
 */
export interface DomainEventMap {
  /** A login proved its password and received a credential. */
  authenticated: { loginName: string; admin: boolean };
  sessionOpened: { sessionId: string; loginName: string; admin: boolean; applicationName: string };
  /** A session ended: closed by its client, or expired without keepalive. */
  sessionClosed: { sessionId: string; loginName: string; reason: 'closed' | 'expired' };
}

/** Every domain event, discriminated by `type`; `at` is the clock time it happened (ms). */
export type DomainEvent = {
  [K in keyof DomainEventMap]: { type: K; at: number } & DomainEventMap[K];
}[keyof DomainEventMap];

/** The event of one given type. */
export type DomainEventOf<K extends keyof DomainEventMap> = Extract<DomainEvent, { type: K }>;

/** What a command returns: its result and the events it caused (empty when nothing changed). */
export interface Outcome<T> {
  result: T;
  events: DomainEvent[];
}

export type DomainEventListener = (event: DomainEvent) => void;

/**
 * A synchronous fan-out of domain events. It belongs to the world so that every server sharing the world
 * (HTTP and HTTPS) feeds the same listeners. A failing listener must not break the others or the request.
 */
export class DomainEventBus {
  readonly #listeners = new Set<DomainEventListener>();

  subscribe(listener: DomainEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(events: readonly DomainEvent[]): void {
    for (const event of events) {
      for (const listener of this.#listeners) {
        try {
          listener(event);
        } catch (error) {
          console.error('o2g-sim: an event listener failed', error);
        }
      }
    }
  }
}
