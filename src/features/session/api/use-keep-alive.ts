import { useEffect } from 'react';
import { keepAlive } from '../../../o2g/session';
import { useO2gClient, useO2gSession } from '../../../lib/o2g-client-context';

/** Share of the time to live after which the console renews the session (SDKs use 90 %; we leave more room). */
export const KEEPALIVE_AT = 0.8;

/**
 * Keeps the signed-in session alive: one keepalive when 80 % of its time to live has passed since it was
 * opened or last renewed. A failed keepalive is left to the session-lost banner (the client sees the 401).
 */
export function useKeepAlive() {
  const client = useO2gClient();
  const session = useO2gSession();

  useEffect(() => {
    if (!session) return;
    const due = session.refreshedAt + session.info.timeToLive * 1000 * KEEPALIVE_AT - Date.now();
    const timer = window.setTimeout(
      () => {
        keepAlive(client.http, session).then(
          () => {
            // Only renew the session the timer was set for: it may have been ended meanwhile.
            if (client.session.get() === session) client.session.set({ ...session, refreshedAt: Date.now() });
          },
          () => undefined,
        );
      },
      Math.max(0, due),
    );
    return () => window.clearTimeout(timer);
  }, [client, session]);
}
