import type { ReactNode } from 'react';
import { O2gClientContext } from '../../../lib/o2g-client-context';
import type { O2gClient } from '../../../o2g/client';
import type { EventLog } from '../model/event-log';
import { EventLogContext } from '../model/event-log-context';

/** What the Events page finds around it in the console: the O2G client and the session's event log. */
export function EventsTestProviders({
  client,
  log,
  children,
}: {
  client: O2gClient;
  log: EventLog;
  children: ReactNode;
}) {
  return (
    <O2gClientContext.Provider value={client}>
      <EventLogContext.Provider value={log}>{children}</EventLogContext.Provider>
    </O2gClientContext.Provider>
  );
}
