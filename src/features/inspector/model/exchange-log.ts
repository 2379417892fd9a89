import { PROXY_TARGETS_PATH } from '../../../o2g/contract/wire-names';
import type { O2gExchange } from '../../../o2g/http';

/** How many exchanges the inspector keeps; older ones drop off so a long session does not grow memory. */
const EXCHANGE_LOG_LIMIT = 1000;

/** The exchanges the console made, newest last; already redacted by the O2G client. */
export interface ExchangeLog {
  add: (exchange: O2gExchange) => void;
  clear: () => void;
  /** A new array after every change, so React sees the change. */
  snapshot: () => readonly O2gExchange[];
  subscribe: (listener: () => void) => () => void;
}

/** The console asking its own proxy which servers it may reach is not an O2G exchange: not logged. */
function isO2gExchange(exchange: O2gExchange): boolean {
  return new URL(exchange.url, 'http://console.invalid').pathname !== PROXY_TARGETS_PATH;
}

export function createExchangeLog(limit = EXCHANGE_LOG_LIMIT): ExchangeLog {
  let entries: readonly O2gExchange[] = [];
  const listeners = new Set<() => void>();
  const changed = (next: readonly O2gExchange[]) => {
    entries = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    add: (exchange) => {
      if (isO2gExchange(exchange)) changed([...entries, exchange].slice(-limit));
    },
    clear: () => changed([]),
    snapshot: () => entries,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
