import type { ChannelLine } from './contract';
import type { O2gExchange, O2gHttp } from './http';
import { createO2gHttp } from './http';
import type { Emitter, Observable } from './observable';
import { emitter, observable } from './observable';
import type { O2gSession } from './session';

/**
 * The console's one O2G client: the HTTP layer, the current session (memory only: the credential is
 * never written anywhere), whether that session was lost, and the stream of exchanges the inspector and
 * the sign-in ladder watch.
 */
export interface O2gClient {
  http: O2gHttp;
  /** The dev proxy keeps the credential (session vault): sessions survive a reload and are shared by tabs. */
  vault: boolean;
  session: Observable<O2gSession | null>;
  /** Set when a request finds the session gone (expired, deleted, server restarted); null otherwise. */
  sessionLost: Observable<string | null>;
  exchanges: Emitter<O2gExchange>;
  /**
   * Every O2G event read from the session's event channel, once each, in order. The events feature owns
   * the subscription and emits here; other features listen and update their own query cache entries.
   */
  events: Emitter<ChannelLine>;
  /**
   * The event channel's state, for the shell: `live`, or why it is not. `unreachable` is a reconnect
   * whose last try found no O2G at all (down, restarting, network cut): the console keeps trying.
   */
  channel: Observable<EventChannelState>;
  /** Registers a step to run before the session is deleted (e.g. deleting the event subscription). */
  onTeardown: (step: () => Promise<void>) => () => void;
  /** Runs the registered teardown steps; a failing step does not stop the others. */
  runTeardown: () => Promise<void>;
}

export type EventChannelState = 'off' | 'connecting' | 'live' | 'reconnecting' | 'unreachable' | 'failed';

export function createO2gClient(options: { vault?: boolean } = {}): O2gClient {
  const vault = options.vault ?? false;
  const session = observable<O2gSession | null>(null);
  const sessionLost = observable<string | null>(null);
  const exchanges = emitter<O2gExchange>();
  const http = createO2gHttp({
    vault,
    vaultSessionOpen: () => {
      const current = session.get();
      return vault && current !== null && current.credential === undefined;
    },
    getCredential: () => session.get()?.credential,
    onExchange: (exchange) => {
      // Any request, a query or a mutation, can be the one that finds out the session is gone.
      if (exchange.failure === 'session-expired' && session.get()) {
        sessionLost.set(
          'The O2G no longer knows this session: it expired, was deleted, or the O2G restarted.',
        );
      }
      exchanges.emit(exchange);
    },
  });
  session.subscribe(() => {
    if (session.get() === null) sessionLost.set(null);
  });
  const teardown = new Set<() => Promise<void>>();
  return {
    http,
    vault,
    session,
    sessionLost,
    exchanges,
    events: emitter<ChannelLine>(),
    channel: observable<EventChannelState>('off'),
    onTeardown: (step) => {
      teardown.add(step);
      return () => teardown.delete(step);
    },
    runTeardown: async () => {
      await Promise.allSettled([...teardown].map((step) => step()));
    },
  };
}
