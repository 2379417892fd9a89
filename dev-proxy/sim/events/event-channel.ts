import type { ServerResponse } from 'node:http';
import { EVENT_JSON_OPTIONS, toO2gJson } from '../http/o2g-json';
import type { DomainEvent } from '../model/domain-events';
import type { SimSubscription } from '../model/subscriptions';
import type { World } from '../model/world';
import type { EventTranslator, O2gEventLine } from './event-translator';
import { StreamOutbox, type OutboxStream } from './stream-outbox';
import { EVENT_TRANSLATORS } from './translators';

/** Real-time settings of the streams (the model has no timers; these live in the HTTP layer). */
export interface ChannelTimings {
  /** Period of the keepalive lines on an open stream. */
  keepAliveMs: number;
  /** Length of one "minute" of a subscription's timeout (shortened in tests). */
  minuteMs: number;
}

export const DEFAULT_CHANNEL_TIMINGS: ChannelTimings = { keepAliveMs: 30_000, minuteMs: 60_000 };

const CHUNK_STARTED: O2gEventLine = { eventName: 'OnChannelInformation', text: 'Chunk started' };
const KEEPALIVE_LINE = serialize({ eventName: 'OnChannelInformation', text: 'keepalive' });
// Lines kept for a subscription whose stream is not open (between subscribe and open, or a reconnect).
const BACKLOG_LIMIT = 500;

/** Serialised lines kept for a subscription without an open stream, dropped when its session closes. */
interface Backlog {
  readonly sessionId: string;
  lines: string[];
}

interface OpenStream extends OutboxStream {
  readonly subscription: SimSubscription;
  readonly response: ServerResponse;
  readonly owner: object;
  readonly timings: ChannelTimings;
  keepAlive: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
}

/**
 * The O2G event channel of one world: every published domain event goes through the translators of
 * the packages each subscription selected, for each login it covers, and the resulting lines are
 * written (NDJSON) on the subscription's open stream, or kept until it opens. One stream per
 * subscription: opening it again ends the previous one. Lines for open streams go through an outbox
 * that writes them in the next turns of the event loop (see StreamOutbox).
 */
export class EventChannel {
  readonly #streams = new Map<string, OpenStream>();
  readonly #backlogs = new Map<string, Backlog>();
  readonly #outbox = new StreamOutbox<OpenStream>();
  /** The streamed subscriptions by audience, as of `changes` of the subscription store. */
  #audiences: { changes: number; groups: SimSubscription[][] } | undefined;

  constructor(
    private readonly world: World,
    private readonly translators: readonly EventTranslator[] = EVENT_TRANSLATORS,
  ) {
    world.events.subscribe((event) => this.#dispatch(event));
  }

  /** Starts streaming a subscription on a response whose headers are not sent yet. */
  open(
    subscription: SimSubscription,
    response: ServerResponse,
    timings: ChannelTimings,
    owner: object,
  ): void {
    const { subscriptionId } = subscription;
    this.end(subscriptionId);
    // `connection: close`: an ended stream takes its socket with it, so no half-read connection lingers
    // (and a closing server is not held up by it).
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'close',
    });
    const stream: OpenStream = {
      subscription,
      response,
      owner,
      timings,
      // Through the outbox like events, so that a keepalive never overtakes an event published before it.
      keepAlive: setInterval(() => this.#outbox.add(stream, [KEEPALIVE_LINE]), timings.keepAliveMs).unref(),
      write: (text) => {
        if (!response.writableEnded) response.write(text);
      },
    };
    this.#streams.set(subscriptionId, stream);
    response.on('close', () => this.#forget(stream));
    stream.write(serialize(CHUNK_STARTED));
    for (const line of this.#backlogs.get(subscriptionId)?.lines ?? []) stream.write(line);
    this.#backlogs.delete(subscriptionId);
    this.#armIdleTimer(stream);
  }

  /** Ends the open stream of a subscription, if any (the subscription itself stays). */
  end(subscriptionId: string): void {
    const stream = this.#streams.get(subscriptionId);
    if (!stream) return;
    this.#outbox.flush(stream);
    this.#forget(stream);
    stream.response.end();
  }

  /**
   * Drops every open stream (a lab control), keeping the subscriptions: clients reopen their polling URL
   * and get what was published meanwhile. Returns how many streams were dropped.
   */
  dropAll(): number {
    const ids = [...this.#streams.keys()];
    ids.forEach((id) => this.end(id));
    return ids.length;
  }

  /** How many streams are open now: a client that went away must not leave one behind. */
  get openStreamCount(): number {
    return this.#streams.size;
  }

  /** Ends the streams a closing server serves, so that it can close. */
  endOwnedBy(owner: object): void {
    for (const stream of [...this.#streams.values()])
      if (stream.owner === owner) this.end(stream.subscription.subscriptionId);
  }

  /** The lines a subscription receives for one event. */
  linesFor(subscription: SimSubscription, event: DomainEvent): O2gEventLine[] {
    const lines: O2gEventLine[] = [];
    for (const [loginName, packages] of subscription.coverage) {
      for (const translator of this.translators) {
        if (packages.has(translator.package))
          lines.push(...translator.translate(event, loginName, this.world));
      }
    }
    return lines;
  }

  /**
   * Every subscription gets the event's lines for its audience. Many subscriptions share one (every
   * session of a user subscribing the same packages), so each audience's lines are translated and
   * serialised once per event, not once per subscription, and an audience the event says nothing to
   * costs one translation, whatever the number of its subscriptions.
   */
  #dispatch(event: DomainEvent): void {
    if (event.type === 'sessionClosed') this.#forgetSession(event.sessionId);
    if (event.type === 'subscriptionDeleted') {
      this.end(event.subscriptionId);
      this.#backlogs.delete(event.subscriptionId);
    }

    for (const group of this.#audienceGroups()) {
      const lines = this.linesFor(group[0]!, event).map(serialize);
      if (lines.length === 0) continue;
      for (const subscription of group) {
        const stream = this.#streams.get(subscription.subscriptionId);
        if (stream) {
          this.#outbox.add(stream, lines);
          this.#armIdleTimer(stream);
        } else this.#keep(subscription, lines);
      }
    }
  }

  /** The subscriptions the channel streams, grouped by audience; regrouped only when they change. */
  #audienceGroups(): SimSubscription[][] {
    const { subscriptions } = this.world;
    if (this.#audiences?.changes !== subscriptions.changes) {
      const groups = new Map<string, SimSubscription[]>();
      for (const subscription of subscriptions.all()) {
        if (subscription.webHookUrl !== undefined) continue; // posted by the web-hook delivery instead
        const audience = audienceOf(subscription);
        const group = groups.get(audience);
        if (group) group.push(subscription);
        else groups.set(audience, [subscription]);
      }
      this.#audiences = { changes: subscriptions.changes, groups: [...groups.values()] };
    }
    return this.#audiences.groups;
  }

  /** Keeps lines for a subscription whose stream is not open, the newest BACKLOG_LIMIT only. */
  #keep(subscription: SimSubscription, lines: readonly string[]): void {
    const { subscriptionId, sessionId } = subscription;
    const backlog = this.#backlogs.get(subscriptionId) ?? { sessionId, lines: [] };
    backlog.lines.push(...lines);
    if (backlog.lines.length > BACKLOG_LIMIT) backlog.lines.splice(0, backlog.lines.length - BACKLOG_LIMIT);
    this.#backlogs.set(subscriptionId, backlog);
  }

  /** A closed session's subscriptions are gone: their streams end and their backlogs go. */
  #forgetSession(sessionId: string): void {
    for (const stream of [...this.#streams.values()]) {
      if (stream.subscription.sessionId === sessionId) this.end(stream.subscription.subscriptionId);
    }
    for (const [subscriptionId, backlog] of this.#backlogs) {
      if (backlog.sessionId === sessionId) this.#backlogs.delete(subscriptionId);
    }
  }

  /** A subscription with a timeout ends its stream after that many minutes without an event. */
  #armIdleTimer(stream: OpenStream): void {
    const minutes = stream.subscription.timeoutMinutes;
    if (minutes <= 0) return;
    clearTimeout(stream.idle);
    stream.idle = setTimeout(
      () => this.end(stream.subscription.subscriptionId),
      minutes * stream.timings.minuteMs,
    ).unref();
  }

  #forget(stream: OpenStream): void {
    this.#outbox.drop(stream);
    clearInterval(stream.keepAlive);
    clearTimeout(stream.idle);
    const id = stream.subscription.subscriptionId;
    if (this.#streams.get(id) === stream) this.#streams.delete(id);
  }
}

function serialize(line: O2gEventLine): string {
  return `${JSON.stringify(toO2gJson(line, EVENT_JSON_OPTIONS))}\n`;
}

const audiences = new WeakMap<SimSubscription, string>();

/**
 * Who a subscription listens to, as a key: subscriptions with the same key get the same lines for any
 * event. `linesFor` reads the coverage only (each login, in order, with its packages), so the key is
 * the coverage; whatever else `linesFor` comes to read of a subscription must join the key.
 */
export function audienceOf(subscription: SimSubscription): string {
  let audience = audiences.get(subscription);
  if (audience === undefined) {
    audience = JSON.stringify(
      [...subscription.coverage].map(([loginName, packages]) => [loginName, [...packages].sort()]),
    );
    audiences.set(subscription, audience);
  }
  return audience;
}

const channels = new WeakMap<World, EventChannel>();

/** The channel of a world, shared by every server (HTTP and HTTPS) that serves it. */
export function eventChannelOf(world: World): EventChannel {
  let channel = channels.get(world);
  if (!channel) {
    channel = new EventChannel(world);
    channels.set(world, channel);
  }
  return channel;
}
