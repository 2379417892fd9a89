import { isCancelledError, QueryCache, QueryClient } from '@tanstack/react-query';
import type { O2gError } from '../o2g/errors';
import { isSessionLost } from '../o2g/errors';

// Every query and mutation of the console fails with the O2G client's one error type (or a plain Error
// from code of ours that broke): say so once, so that `error` is typed without a cast at each use.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: O2gError;
    queryMeta: {
      /** The query's screen shows every failure itself, even with data on screen: no notification. */
      errorShownInPlace?: boolean;
    };
  }
}

export interface QueryClientOptions {
  /**
   * Tells the user of a failure that no screen shows in place (see `createQueryClient`). The app passes
   * a notification; tests pass a spy.
   */
  notify: (error: unknown) => void;
}

/**
 * The query cache holds all server state. ky is set to retry 0, so React Query owns retries; a failed
 * O2G read is retried once, since a lab is often on a slow or flaky network, and mutations never are.
 * A read that found the session gone is not retried: only signing in again helps, and the banner says so.
 *
 * The one error policy: a read that fails before it has data is shown in place by its screen (an alert
 * with "Try again"), and a mutation's failure next to the control that ran it. A read that fails while
 * its data is already on screen (a background refetch) keeps that data and only notifies: replacing what
 * the user reads with an alert for a passing failure would be worse than slightly old data. A lost
 * session is never notified: the session-lost banner already says it, once.
 */
export function createQueryClient({ notify }: QueryClientOptions): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data === undefined || query.meta?.errorShownInPlace) return;
        // A cancel is the user's own doing; a lost session is told by its banner, once.
        if (isCancelledError(error) || isSessionLost(error)) return;
        notify(error);
      },
    }),
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
