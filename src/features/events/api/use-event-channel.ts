import { useEffect, useState } from 'react';
import { connectEvents } from '../../../o2g/event-connection';
import { useO2gClient, useO2gSession } from '../../../lib/o2g-client-context';
import type { EventLog } from '../model/event-log';
import { createEventLog } from '../model/event-log';
import { CONSOLE_EVENT_PACKAGES } from '../model/event-packages';

/**
 * The signed-in console's event channel: subscribes on sign-in, keeps the channel open (see
 * `connectEvents`), hands every event once to `client.events` and tells its state on `client.channel`.
 * "End session" deletes the subscription first (a teardown step), which closes the stream. Returns the
 * Events page's log, fed from `client.events` like any other listener.
 */
export function useEventChannel(): EventLog {
  const client = useO2gClient();
  const session = useO2gSession();
  const [log] = useState(() => createEventLog());

  useEffect(() => client.events.subscribe((event) => log.add(event)), [client, log]);

  // The session object is renewed by every keepalive; the channel belongs to the session itself.
  const sessionKey = session ? `${session.sessionsUrl} ${session.credential}` : null;
  useEffect(() => {
    const current = client.session.get();
    if (sessionKey === null || !current) return;
    const connection = connectEvents(client.http, current, {
      names: CONSOLE_EVENT_PACKAGES,
      onEvent: (event) => client.events.emit(event),
      onState: (state) => client.channel.set(state),
      onGarbage: () => log.noteSkipped(),
    });
    const unregister = client.onTeardown(() => connection.stop());
    // Another request found the session gone: retrying the channel can only fail, so stop now.
    const stopOnLost = client.sessionLost.subscribe(() => {
      const reason = client.sessionLost.get();
      if (reason) connection.abandon(reason);
    });
    return () => {
      stopOnLost();
      unregister();
      void connection.stop();
    };
  }, [client, sessionKey, log]);

  return log;
}
