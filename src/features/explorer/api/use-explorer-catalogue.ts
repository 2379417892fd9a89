import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { CATALOGUE } from '../../../o2g/catalogue';
import type { ExplorerCatalogue } from '../../../o2g/catalogue/join';
import { joinCatalogue } from '../../../o2g/catalogue/join';
import type { ServiceDescriptor } from '../../../o2g/contract/session';
import { fetchWadl } from '../../../o2g/wadl';
import { useO2gClient } from '../../../lib/o2g-client-context';

/**
 * The explorer's operations for this session: the connected O2G's WADL joined with the console's
 * catalogue. While the WADL loads, and when it cannot be read, the catalogue alone is shown.
 */
export function useExplorerCatalogue(
  baseUrl: string,
  services: readonly ServiceDescriptor[],
): ExplorerCatalogue & { wadlPending: boolean; wadlError: unknown } {
  const client = useO2gClient();
  const wadl = useQuery({
    queryKey: ['explorer', 'wadl', baseUrl],
    queryFn: ({ signal }) => fetchWadl(client.http, baseUrl, signal).then((operations) => operations ?? null),
    staleTime: Infinity,
    retry: false,
  });
  const joined = useMemo(
    () => joinCatalogue(CATALOGUE, services, wadl.data ?? undefined),
    [services, wadl.data],
  );
  return { ...joined, wadlPending: wadl.isPending, wadlError: wadl.error };
}
