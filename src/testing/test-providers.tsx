import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { O2gClient } from '../o2g/client';
import { O2gClientContext } from '../lib/o2g-client-context';

/** Provides a test's (stubbed) O2G client to what it renders. */
export function WithClient({ client, children }: { client: O2gClient; children: ReactNode }) {
  return <O2gClientContext.Provider value={client}>{children}</O2gClientContext.Provider>;
}

/** Shows the router's search part, so a test can see what the page put in the URL. */
export function SearchProbe() {
  return <output aria-label="Page search">{useLocation().search}</output>;
}
