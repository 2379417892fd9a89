import type { ChannelLine } from '../../../o2g/contract';
import { packageOf } from './event-packages';

/** How many events the log keeps; older ones drop off so a long session does not grow memory. */
const EVENT_LOG_LIMIT = 2000;

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

/**
 * Events of one chunk of the channel arrive in one task: they are appended together and listeners are
 * told once, in a microtask, so a burst costs one copy of the log and one render, not one per line.
 */
export function createEventLog(limit = EVENT_LOG_LIMIT, now: () => number = Date.now): EventLog {
  let state: EventLogState = { entries: [], skipped: 0 };
  let arrived: LoggedEvent[] = [];
  let nextSeq = 1;
  let telling = false;
  const listeners = new Set<() => void>();
  const tellListeners = () => {
    if (telling) return;
    telling = true;
    queueMicrotask(() => {
      telling = false;
      for (const listener of [...listeners]) listener();
    });
  };
  const current = () => {
    if (arrived.length > 0) {
      state = { ...state, entries: [...state.entries, ...arrived].slice(-limit) };
      arrived = [];
    }
    return state;
  };
  return {
    add: (event, text) => {
      arrived.push({
        seq: nextSeq++,
        receivedAt: now(),
        eventName: event.eventName,
        packageName: packageOf(event.eventName),
        loginName: stringField(event, 'loginName'),
        callRef: stringField(event, 'callRef'),
        event,
        text: text ?? JSON.stringify(event),
      });
      tellListeners();
    },
    noteSkipped: () => {
      const before = current();
      state = { ...before, skipped: before.skipped + 1 };
      tellListeners();
    },
    clear: () => {
      arrived = [];
      state = { entries: [], skipped: 0 };
      tellListeners();
    },
    snapshot: current,
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
