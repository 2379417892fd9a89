import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { CATALOGUE } from '../../../o2g/catalogue';
import type { ExplorerCatalogue } from '../../../o2g/catalogue/join';
import { joinCatalogue } from '../../../o2g/catalogue/join';
import type { ServiceDescriptor } from '../../../o2g/contract/session';
import type { O2gHttp } from '../../../o2g/http';
import { fetchWadl } from '../../../o2g/wadl';
import { useO2gClient } from '../../../lib/o2g-client-context';

/** The connected O2G's WADL, read once per session (null when it serves none). */
function wadlQuery(http: O2gHttp, baseUrl: string) {
  return queryOptions({
    queryKey: ['explorer', 'wadl', baseUrl],
    queryFn: ({ signal }) => fetchWadl(http, baseUrl, signal).then((operations) => operations ?? null),
    staleTime: Infinity,
    retry: false,
  });
}

/**
 * The explorer's operations for this session: the connected O2G's WADL joined with the console's
 * catalogue. While the WADL loads, and when it cannot be read, the catalogue alone is shown.
 */
export function useExplorerCatalogue(
  baseUrl: string,
  services: readonly ServiceDescriptor[],
): ExplorerCatalogue & { wadlPending: boolean; wadlError: unknown } {
  const client = useO2gClient();
  const wadl = useQuery(wadlQuery(client.http, baseUrl));
  const joined = useMemo(
    () => joinCatalogue(CATALOGUE, services, wadl.data ?? undefined),
    [services, wadl.data],
  );
  return { ...joined, wadlPending: wadl.isPending, wadlError: wadl.error };
}
