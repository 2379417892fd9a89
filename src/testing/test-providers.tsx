import type { ReactNode } from 'react';
import { useState } from 'react';
import type { CacheEvents, EventSession } from '../lib/cache-events';
import { useCacheEvents } from '../lib/cache-events';
import { useLocation } from 'react-router';
import type { O2gClient } from '../o2g/client';
import { O2gClientContext } from '../lib/o2g-client-context';

/** Provides a test's O2G client (signed in to a lab, or a bare one) to what it renders: the one wrapper for it. */
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
export function CacheEventsOf({
  features,
  session,
}: {
  features: readonly CacheEvents[];
  session: EventSession;
}) {
  const [subscription] = useState(() => ({
    features,
    session: { baseUrl: session.baseUrl, loginName: session.loginName },
  }));
  useCacheEvents(subscription.features, subscription.session);
  return null;
}
