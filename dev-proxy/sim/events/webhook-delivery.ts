import { EVENT_JSON_OPTIONS, toO2gJson } from '../http/o2g-json';
import type { DomainEvent } from '../model/domain-events';
import { SYSTEM_SCOPE, type SimSubscription } from '../model/subscriptions';
import type { World } from '../model/world';
import { systemEventOf } from './admin-translators';
import { eventChannelOf } from './event-channel';
import type { O2gEventLine } from './event-translator';

// A receiver that does not answer must not hold a delivery queue forever.
const POST_TIMEOUT_MS = 10_000;

/** What happened to the posts of a world, for the lab's tests and state. */
export interface WebHookStats {
  delivered: number;
  failed: number;
}

/**
 * Delivers the events of web-hook subscriptions: each O2G event is one POST of its JSON (the same
 * object a stream line carries) to the subscription's URL, one at a time and in order per
 * subscription. Redirects are not followed: the lab posts only where the URL says. A failed post is
 * counted and dropped; the O2G does not replay it.
 */
export class WebHookDelivery {
  readonly #queues = new Map<string, Promise<void>>();
  readonly stats: WebHookStats = { delivered: 0, failed: 0 };

  constructor(private readonly world: World) {
    world.events.subscribe((event) => this.#dispatch(event));
  }

  /** Resolves when every post queued so far has been answered or has failed. */
  async settled(): Promise<void> {
    await Promise.all([...this.#queues.values()]);
  }

  #dispatch(event: DomainEvent): void {
    for (const subscription of this.world.subscriptions.all()) {
      if (subscription.webHookUrl === undefined) continue;
      const lines = eventChannelOf(this.world).linesFor(subscription, event);
      const start = serverStartFor(subscription, event);
      if (start) lines.push(start);
      lines.forEach((line) => this.#enqueue(subscription, line));
    }
  }

  #enqueue(subscription: SimSubscription, line: O2gEventLine): void {
    const { subscriptionId, webHookUrl = '' } = subscription;
    const previous = this.#queues.get(subscriptionId) ?? Promise.resolve();
    const next = previous.then(() => this.#post(webHookUrl, line));
    this.#queues.set(subscriptionId, next);
    void next.then(() => {
      if (this.#queues.get(subscriptionId) === next) this.#queues.delete(subscriptionId);
    });
  }

  async #post(url: string, line: O2gEventLine): Promise<void> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify(toO2gJson(line, EVENT_JSON_OPTIONS)),
        redirect: 'manual',
        signal: AbortSignal.timeout(POST_TIMEOUT_MS),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) this.stats.delivered += 1;
      else this.stats.failed += 1;
    } catch {
      this.stats.failed += 1;
    }
  }
}

// OnServerStart exists only for web hooks: a streamed subscription cannot outlive the restart it reports.
function serverStartFor(subscription: SimSubscription, event: DomainEvent): O2gEventLine | undefined {
  if (event.type !== 'systemChanged' || event.change.fact !== 'serverStart') return undefined;
  return subscription.coverage.get(SYSTEM_SCOPE)?.has('system') ? systemEventOf(event.change) : undefined;
}

const deliveries = new WeakMap<World, WebHookDelivery>();

/** The web-hook delivery of a world, shared by every server that serves it. */
export function webHookDeliveryOf(world: World): WebHookDelivery {
  let delivery = deliveries.get(world);
  if (!delivery) {
    delivery = new WebHookDelivery(world);
    deliveries.set(world, delivery);
  }
  return delivery;
}
