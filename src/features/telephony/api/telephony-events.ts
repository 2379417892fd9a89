import type { TelephonicState } from '../../../o2g/contract';
import { telephonyEventSchema } from '../../../o2g/contract';
import type { CacheEvents } from '../../../lib/cache-events';
import { applyTelephonyEvent } from '../model/apply-event';
import { telephonyKeys } from './telephony-keys';

/**
 * Telephony events keep each user's telephonic state in the cache current (`setQueryData`), so nothing
 * is polled. An event for a user whose state was never read changes nothing: its first read is whole.
 */
export const telephonyEvents: CacheEvents = {
  onEvent: (line, queryClient, session) => {
    const parsed = telephonyEventSchema.safeParse(line);
    if (!parsed.success) return; // another package's event, or one the panel does not use
    const event = parsed.data;
    queryClient.setQueriesData<TelephonicState>(
      { queryKey: telephonyKeys.userStates(session.baseUrl, event.loginName) },
      (state) => state && applyTelephonyEvent(state, event),
    );
  },
  staleAfterDrop: (session) => [telephonyKeys.states(session.baseUrl)],
};
