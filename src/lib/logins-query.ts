import { queryOptions } from '@tanstack/react-query';
import type { O2gHttp } from '../o2g/http';
import { listLogins } from '../o2g/users';

/** Keys of the login list, per session base URL: another O2G or session gets its own entry. */
export const loginsKeys = {
  all: ['o2g', 'logins'] as const,
  list: (baseUrl: string) => [...loginsKeys.all, baseUrl] as const,
};

export const loginsQueries = {
  /** `GET {base}/logins`: every login for an administrator (the "Act as" picker's choices). */
  list: (http: O2gHttp, baseUrl: string) =>
    queryOptions({
      // The http layer is the same object for the app's lifetime; the base URL is what tells lists apart.
      queryKey: loginsKeys.list(baseUrl),
      queryFn: async ({ signal }) => ({ loginNames: await listLogins(http, baseUrl, { signal }) }),
      // Logins change only when an administrator adds users: no need to refetch on every page.
      staleTime: 5 * 60_000,
    }),
};
