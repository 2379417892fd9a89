import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import type { TelephonicState, TelephonyEvent } from '../../../o2g/contract';
import type { CallHistory } from '../model/call-history';
import { EMPTY_HISTORY, recordCallEvent } from '../model/call-history';
import { telephonyKeys } from './telephony-keys';

// The session's ended calls live in the query cache like the rest of the telephony state, under a key
// of their own that nothing refetches: the record is built from events alone and lasts as long as the
// session (the cache is cleared when it ends), whether or not the Telephony page is open.

const KEEP = { staleTime: Infinity, gcTime: Infinity } as const;

/** Notes one telephony event in the session's call history. */
export function recordInHistory(queryClient: QueryClient, baseUrl: string, event: TelephonyEvent): void {
  if (!('callRef' in event)) return;
  const key = telephonyKeys.history(baseUrl);
  // The call as the live state knew it before this event: who was in a call whose start came earlier.
  const known = queryClient
    .getQueriesData<TelephonicState>({ queryKey: telephonyKeys.userStates(baseUrl, event.loginName) })
    .map(([, state]) => state?.calls.find((call) => call.callRef === event.callRef))
    .find((call) => call !== undefined);
  if (queryClient.getQueryData(key) === undefined) queryClient.setQueryDefaults(key, KEEP);
  queryClient.setQueryData<CallHistory>(key, (history = EMPTY_HISTORY) =>
    recordCallEvent(history, event, Date.now(), known),
  );
}

/** The session's call history, kept current by the events. */
export function useCallHistory(baseUrl: string): CallHistory {
  const { data } = useQuery({
    queryKey: telephonyKeys.history(baseUrl),
    queryFn: () => EMPTY_HISTORY,
    initialData: EMPTY_HISTORY,
    ...KEEP,
  });
  return data;
}
