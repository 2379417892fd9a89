import { queryOptions } from '@tanstack/react-query';
import type { O2gHttp } from '../../../o2g/http';
import { actingAs } from '../../../o2g/act-as';
import { getState } from '../../../o2g/telephony';
import { listExtensions } from './list-extensions';
import { telephonyKeys } from './telephony-keys';

export const telephonyQueries = {
  /** The lab's extensions: every user for an administrator; the user and its directory otherwise. */
  extensions: (http: O2gHttp, baseUrl: string, admin: boolean) =>
    queryOptions({
      queryKey: telephonyKeys.extensions(baseUrl, admin),
      queryFn: ({ signal }) => listExtensions(http, baseUrl, admin, signal),
      staleTime: 5 * 60_000,
    }),
  /**
   * One user's telephonic state. Never stale: events from the O2G's channel keep it right (no polling);
   * it is refetched only when invalidated (the channel came back, or the page was left and re-entered).
   */
  state: (http: O2gHttp, baseUrl: string, loginName: string, admin: boolean) =>
    queryOptions({
      queryKey: telephonyKeys.state(baseUrl, loginName, admin),
      queryFn: ({ signal }) => getState(http, { baseUrl, loginName: actingAs(admin, loginName) }, { signal }),
      staleTime: Infinity,
    }),
};
