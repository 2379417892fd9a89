import { queryOptions } from '@tanstack/react-query';
import type { O2gClient } from '../../../o2g/client';
import { fetchProxyTargets } from '../../../o2g/proxy-targets';

export const sessionKeys = {
  all: ['session'] as const,
  proxyTargets: () => [...sessionKeys.all, 'proxy-targets'] as const,
};

/** The servers the proxy forwards to; they change only when the proxy restarts. */
export function proxyTargetsQuery(client: O2gClient) {
  return queryOptions({
    queryKey: sessionKeys.proxyTargets(),
    queryFn: ({ signal }) => fetchProxyTargets(client.http, signal),
    staleTime: Infinity,
    retry: 0,
  });
}
