import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EventLog, EventLogState } from './event-log';

/** The session's event log, provided by the signed-in layout for as long as the session lasts. */
export const EventLogContext = createContext<EventLog | null>(null);

export function useEventLog(): EventLog {
  const log = useContext(EventLogContext);
  if (!log) throw new Error('useEventLog needs an EventLogContext provider (see useEventChannel)');
  return log;
}

export function useEventLogState(): EventLogState {
  const log = useEventLog();
  return useSyncExternalStore(log.subscribe, log.snapshot, log.snapshot);
}
