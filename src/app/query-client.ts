import { QueryClient } from '@tanstack/react-query';

/**
 * The query cache holds all server state. ky is set to retry 0, so React Query owns retries; a failed
 * O2G read is retried once, since a lab is often on a slow or flaky network, and mutations never are.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5_000 },
      mutations: { retry: 0 },
    },
  });
}
