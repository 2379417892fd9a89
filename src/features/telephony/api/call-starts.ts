import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { telephonyKeys } from './telephony-keys';

// An O2G call carries no start time, so the console counts a call from the first time it saw it: its
// OnCallCreated event (events reach the cache on every page), or else the first card that showed it
// (a call already under way when the session began). The cache keeps that moment for the session, so
// a card that is drawn again (another page and back, a new list order) goes on counting from it. It is
// kept per user: the parties of one call each see it created and removed at their own moment.

/** A call's user and reference, as its events and cards name it. */
export interface CallOf {
  baseUrl: string;
  loginName: string;
  callRef: string;
}

/** Kept until the call is removed, and never fetched: it is no answer of the O2G. */
const KEPT = { gcTime: Infinity, staleTime: Infinity } as const;

const keyOf = ({ baseUrl, loginName, callRef }: CallOf) =>
  telephonyKeys.callStart(baseUrl, loginName, callRef);

/** Notes the call's start, unless it is known already; `replaces` is the call it takes over (a transfer). */
export function noteCallStart(queryClient: QueryClient, call: CallOf, at: number, replaces?: string): void {
  queryClient.setQueryDefaults(telephonyKeys.callStarts(call.baseUrl), KEPT);
  const replaced = replaces
    ? queryClient.getQueryData<number>(keyOf({ ...call, callRef: replaces }))
    : undefined;
  queryClient.setQueryData<number>(keyOf(call), (known) => known ?? replaced ?? at);
}

/** Forgets the start of a call that ended. */
export function forgetCallStart(queryClient: QueryClient, call: CallOf): void {
  queryClient.removeQueries({ queryKey: keyOf(call), exact: true });
}

/** When the console first saw the call (milliseconds since the epoch). */
export function useCallStart(call: CallOf): number {
  return useQuery({
    queryKey: keyOf(call),
    queryFn: () => Date.now(),
    initialData: () => Date.now(),
    // Never fetched, nor refetched by an invalidation of the session's entries: the sight stays.
    enabled: false,
    ...KEPT,
  }).data;
}
