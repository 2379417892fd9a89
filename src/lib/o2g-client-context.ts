import { createContext, useContext, useSyncExternalStore } from 'react';
import type { O2gClient } from '../o2g/client';
import type { O2gSession } from '../o2g/session';

/** The app's O2G client, provided once by src/app. */
export const O2gClientContext = createContext<O2gClient | null>(null);

export function useO2gClient(): O2gClient {
  const client = useContext(O2gClientContext);
  if (!client) throw new Error('useO2gClient needs an O2gClientContext provider (see src/app/provider.tsx)');
  return client;
}

/** The current O2G session, or null when signed out; re-renders when it changes. */
export function useO2gSession(): O2gSession | null {
  const { session } = useO2gClient();
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}

/** Why the session was lost, or null while it works. */
export function useSessionLost(): string | null {
  const { sessionLost } = useO2gClient();
  return useSyncExternalStore(sessionLost.subscribe, sessionLost.get, sessionLost.get);
}
