import type { ChannelLine } from '../../../o2g/contract';
import { packageOf } from './event-packages';

/** How many events the log keeps; older ones drop off so a long session does not grow memory. */
export const EVENT_LOG_LIMIT = 2000;

/** One event as the log keeps it: what came on the channel, and what the page sorts and filters by. */
export interface LoggedEvent {
  /** Order of arrival in this log, from 1; never reused, not even after a clear. */
  seq: number;
  receivedAt: number;
  eventName: string;
  packageName: string;
  loginName?: string;
  callRef?: string;
  event: ChannelLine;
  /** The line as the O2G sent it, for the NDJSON export. */
  text: string;
}

export interface EventLogState {
  /** Oldest first. */
  entries: readonly LoggedEvent[];
  /** Lines of the channel that were not O2G events, skipped. */
  skipped: number;
}

/** The Events page's log: a bounded buffer outside the query cache (it is a record, not server state). */
export interface EventLog {
  add: (event: ChannelLine, text?: string) => void;
  noteSkipped: () => void;
  clear: () => void;
  /** A new object after every change, so React sees the change. */
  snapshot: () => EventLogState;
  subscribe: (listener: () => void) => () => void;
}

export function createEventLog(limit = EVENT_LOG_LIMIT, now: () => number = Date.now): EventLog {
  let state: EventLogState = { entries: [], skipped: 0 };
  let nextSeq = 1;
  const listeners = new Set<() => void>();
  const changed = (next: EventLogState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    add: (event, text) => {
      const entry: LoggedEvent = {
        seq: nextSeq++,
        receivedAt: now(),
        eventName: event.eventName,
        packageName: packageOf(event.eventName),
        loginName: stringField(event, 'loginName'),
        callRef: stringField(event, 'callRef'),
        event,
        text: text ?? JSON.stringify(event),
      };
      changed({ ...state, entries: [...state.entries, entry].slice(-limit) });
    },
    noteSkipped: () => changed({ ...state, skipped: state.skipped + 1 }),
    clear: () => changed({ entries: [], skipped: 0 }),
    snapshot: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function stringField(event: ChannelLine, name: string): string | undefined {
  const value = (event as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}
