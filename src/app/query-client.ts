import { QueryClient } from '@tanstack/react-query';
import { isSessionLost } from '../o2g/errors';

/**
 * The query cache holds all server state. ky is set to retry 0, so React Query owns retries; a failed
 * O2G read is retried once, since a lab is often on a slow or flaky network, and mutations never are.
 * A read that found the session gone is not retried: only signing in again helps, and the banner says so.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 1 && !isSessionLost(error),
        refetchOnWindowFocus: false,
        staleTime: 5_000,
      },
      mutations: { retry: 0 },
    },
  });
}
