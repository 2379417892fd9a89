import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ExchangeLog } from './exchange-log';

/** The app's exchange log, provided once by src/app. */
export const ExchangeLogContext = createContext<ExchangeLog | null>(null);

export function useExchangeLog(): ExchangeLog {
  const log = useContext(ExchangeLogContext);
  if (!log) throw new Error('useExchangeLog needs an ExchangeLogContext provider (see src/app/provider.tsx)');
  return log;
}

export function useExchanges() {
  const log = useExchangeLog();
  return useSyncExternalStore(log.subscribe, log.snapshot, log.snapshot);
}
