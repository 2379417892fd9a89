import type { EventChannelState } from './client';
import type { ChannelLine, SubscriptionAnswer } from './contract';
import { isO2gError } from './errors';
import { deleteSubscription, openEventChannel, pollingUrlOf, subscribe, subscriptionLogins } from './events';
import type { O2gHttp } from './http';
import type { NdjsonLine } from './ndjson-reader';
import { createReplayFilter } from './replay-filter';
import type { O2gSession } from './session';

/** Waits before reopening the channel: 0.5 s, then doubling, at most 10 s. */
const RECONNECT_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 10_000] as const;
// A stream that stayed open this long was healthy: the next drop starts the delays over.
const HEALTHY_STREAM_MS = 5000;
// Lines held back as a possible replay are released after this much quiet (the default of `replaySettleMs`).
const REPLAY_SETTLE_MS = 1000;

export interface EventConnectionOptions {
  names: readonly string[];
  /** Every event, once, in order. */
  onEvent: (event: ChannelLine, text: string) => void;
  onState: (state: EventChannelState, detail?: string) => void;
  /** A line that is not an O2G event, skipped. */
  onGarbage?: (text: string, reason: string) => void;
  /** Injected for tests; default `setTimeout` based. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /**
   * How long a reopened stream must stay quiet before the lines held back as a possible replay are
   * handed on; 1 s by default. Tests shorten it, so that what they wait for comes sooner.
   */
  replaySettleMs?: number;
}

export interface EventConnection {
  /** Stops for good: no more reconnects, the subscription is deleted (first), then the stream closes. */
  stop: () => Promise<void>;
  /**
   * Gives up at once because the session is gone (found by another request): no more reconnects and
   * no delete, since the O2G dropped the subscription with the session. The state becomes `failed`.
   */
  abandon: (reason: string) => void;
}

/**
 * Keeps a session's event channel open, as the SDKs do: subscribe, open the polling URL, and when the
 * stream ends or breaks while the session lives, reopen the same URL after a growing delay, or subscribe
 * again when the O2G no longer knows the subscription (404). Events come out once each, even when a
 * reopened stream repeats what the last one sent. A session that is gone (401) ends it all.
 */
export function connectEvents(
  http: O2gHttp,
  session: O2gSession,
  options: EventConnectionOptions,
): EventConnection {
  const stopped = new AbortController();
  // Set as soon as stop() starts: the stream its DELETE ends must not be taken for a drop.
  let stopping = false;
  const sleep = options.sleep ?? defaultSleep;
  const replay = createReplayFilter();
  let subscription: SubscriptionAnswer | undefined;
  // Only a stream of the subscription that delivered the last events can replay them.
  let lastStreamOf: string | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const handOn = (texts: string[]) => {
    for (const text of texts) options.onEvent(JSON.parse(text) as ChannelLine, text);
  };
  const release = () => {
    clearTimeout(settle);
    handOn(replay.flush());
  };
  const onLine = (line: NdjsonLine) => {
    if (line.kind === 'garbage') options.onGarbage?.(line.text, line.reason);
    else if (line.kind === 'channel') release();
    else {
      handOn(replay.accept(line.text));
      clearTimeout(settle);
      settle = setTimeout(release, options.replaySettleMs ?? REPLAY_SETTLE_MS);
    }
  };

  const ensureSubscription = async (): Promise<SubscriptionAnswer> => {
    if (subscription) return subscription;
    const ids = await subscriptionLogins(http, session);
    const current = await subscribe(http, session, { names: options.names, ids });
    // stop() ran meanwhile and had nothing to delete yet.
    if (stopping) await deleteSubscription(http, session, current.subscriptionId).catch(() => undefined);
    subscription = current;
    return current;
  };

  const run = async () => {
    let attempt = 0;
    while (!stopping) {
      let openedAt: number | undefined;
      let phase: 'subscribe' | 'channel' = 'subscribe';
      // What the shell shows until the next try: a stream that broke may be a hiccup, but a try that
      // found no O2G at all is told as such.
      let waiting: EventChannelState = 'reconnecting';
      try {
        const current = await ensureSubscription();
        if (stopping) return;
        phase = 'channel';
        await openEventChannel(pollingUrlOf(session, current), {
          signal: stopped.signal,
          onOpen: () => {
            openedAt = Date.now();
            replay.streamOpened(lastStreamOf === current.subscriptionId);
            lastStreamOf = current.subscriptionId;
            options.onState('live');
          },
          onLine,
        });
        release();
      } catch (error) {
        release();
        if (stopping) return;
        const given = giveUp(error, phase);
        if (given) {
          options.onState('failed', given);
          return;
        }
        // The O2G no longer knows the subscription (404) or refuses its URL: subscribe again.
        if (phase === 'channel' && isO2gError(error) && error.status >= 400 && error.status < 500)
          subscription = undefined;
        if (openedAt === undefined && isO2gError(error) && error.failure === 'unreachable')
          waiting = 'unreachable';
      }
      if (stopping) return;
      if (openedAt !== undefined && Date.now() - openedAt >= HEALTHY_STREAM_MS) attempt = 0;
      options.onState(waiting);
      const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)] ?? 10_000;
      attempt += 1;
      await sleep(delay, stopped.signal);
    }
  };

  options.onState('connecting');
  void run();

  return {
    stop: async () => {
      if (stopping) return;
      stopping = true;
      const current = subscription;
      // Deleting first lets the O2G end the stream itself; aborting then closes our side in any case.
      if (current) await deleteSubscription(http, session, current.subscriptionId).catch(() => undefined);
      stopped.abort();
      clearTimeout(settle);
      options.onState('off');
    },
    abandon: (reason) => {
      if (stopping) return;
      stopping = true;
      stopped.abort();
      clearTimeout(settle);
      options.onState('failed', reason);
    },
  };
}

/** Why retrying cannot help, or undefined when it can (network, server trouble, a dropped stream). */
function giveUp(error: unknown, phase: 'subscribe' | 'channel'): string | undefined {
  if (!isO2gError(error))
    return phase === 'subscribe' ? `Events could not start: ${String(error)}` : undefined;
  // A refused channel only means the subscription is gone; subscribing again tells whether the session is.
  if (phase === 'channel') return undefined;
  if (error.failure === 'session-expired') return 'The session is gone: events stopped.';
  if (['no-rights', 'bad-request', 'not-found', 'not-o2g'].includes(error.failure))
    return `The O2G refused the subscription: ${error.message}`;
  return undefined;
}

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
