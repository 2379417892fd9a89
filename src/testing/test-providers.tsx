import type { ReactNode } from 'react';
import { useState } from 'react';
import type { CacheEvents } from '../lib/cache-events';
import { useCacheEvents } from '../lib/cache-events';
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

/**
 * The session frame's event subscriber, for a test that renders one feature: the features' event
 * handlers write the cache, as in the console (see `useCacheEvents`).
 */
export function CacheEventsOf({ features, baseUrl }: { features: readonly CacheEvents[]; baseUrl: string }) {
  const [subscription] = useState(() => ({ features, session: { baseUrl, loginName: 'test' } }));
  useCacheEvents(subscription.features, subscription.session);
  return null;
}
