import type { O2gExchange } from '../../../o2g/http';

/** How many exchanges the inspector keeps; older ones drop off so a long session does not grow memory. */
export const EXCHANGE_LOG_LIMIT = 1000;

/** The exchanges the console made, newest last; already redacted by the O2G client. */
export interface ExchangeLog {
  add: (exchange: O2gExchange) => void;
  clear: () => void;
  /** A new array after every change, so React sees the change. */
  snapshot: () => readonly O2gExchange[];
  subscribe: (listener: () => void) => () => void;
}

export function createExchangeLog(limit = EXCHANGE_LOG_LIMIT): ExchangeLog {
  let entries: readonly O2gExchange[] = [];
  const listeners = new Set<() => void>();
  const changed = (next: readonly O2gExchange[]) => {
    entries = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    add: (exchange) => changed([...entries, exchange].slice(-limit)),
    clear: () => changed([]),
    snapshot: () => entries,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
