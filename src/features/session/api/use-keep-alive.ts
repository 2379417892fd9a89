import { useEffect } from 'react';
import { isO2gError } from '../../../o2g/errors';
import { keepAlive } from '../../../o2g/session';
import { useO2gClient, useO2gSession } from '../../../lib/o2g-client-context';

/** Share of the time to live after which the console renews the session (SDKs use 90 %; we leave more room). */
export const KEEPALIVE_AT = 0.8;
/** Wait before trying a keepalive again that found no O2G or an O2G in trouble. */
export const KEEPALIVE_RETRY_MS = 15_000;

/**
 * After a failed keepalive, when to try again, or undefined when trying again cannot help. As the SDKs
 * do, a network error or a 5xx is passing trouble (the O2G restarting, the network cut) and is retried,
 * since the session may well outlive it; an HTTP refusal means the session is gone, which the
 * session-lost banner already tells.
 */
export function keepAliveRetryDelay(error: unknown): number | undefined {
  if (isO2gError(error) && (error.failure === 'unreachable' || error.failure === 'server'))
    return KEEPALIVE_RETRY_MS;
  return undefined;
}

/**
 * Keeps the signed-in session alive: one keepalive when 80 % of its time to live has passed since it was
 * opened or last renewed, tried again while the O2G cannot be reached.
 */
export function useKeepAlive() {
  const client = useO2gClient();
  const session = useO2gSession();

  useEffect(() => {
    if (!session) return;
    let cancelled = false;
    let timer: number | undefined;
    const attempt = () => {
      keepAlive(client.http, session).then(
        () => {
          // Only renew the session the timer was set for: it may have been ended meanwhile.
          if (client.session.get() === session) client.session.set({ ...session, refreshedAt: Date.now() });
        },
        (error: unknown) => {
          const retryIn = keepAliveRetryDelay(error);
          if (!cancelled && retryIn !== undefined) timer = window.setTimeout(attempt, retryIn);
        },
      );
    };
    const due = session.refreshedAt + session.info.timeToLive * 1000 * KEEPALIVE_AT - Date.now();
    timer = window.setTimeout(attempt, Math.max(0, due));
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [client, session]);
}
