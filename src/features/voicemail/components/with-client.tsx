import type { ReactNode } from 'react';
import type { O2gClient } from '../../../o2g/client';
import { O2gClientContext } from '../../../lib/o2g-client-context';

/** Provides a test's O2G client to what it renders. */
export function WithClient({ client, children }: { client: O2gClient; children: ReactNode }) {
  return <O2gClientContext.Provider value={client}>{children}</O2gClientContext.Provider>;
}
