import type { TelephonicState } from '../../../o2g/contract';
import { telephonyEventSchema } from '../../../o2g/contract';
import type { CacheEvents } from '../../../lib/cache-events';
import { applyTelephonyEvent } from '../model/apply-event';
import { recordInHistory } from './call-history-cache';
import { forgetCallStart, noteCallStart } from './call-starts';
import { telephonyKeys } from './telephony-keys';

/**
 * Telephony events keep each user's telephonic state in the cache current (`setQueryData`), so nothing
 * is polled. An event for a user whose state was never read changes nothing: its first read is whole.
 * Call events also go to the session's call history (the Ended calls list), and calls' first sights are
 * noted on the way (see `call-starts.ts`).
 */
export const telephonyEvents: CacheEvents = {
  onEvent: (line, queryClient, session) => {
    const parsed = telephonyEventSchema.safeParse(line);
    if (!parsed.success) return; // another package's event, or one the panel does not use
    const event = parsed.data;
    // Before the live state forgets an ending call: the history reads who was in it from there.
    recordInHistory(queryClient, session.baseUrl, event);
    queryClient.setQueriesData<TelephonicState>(
      { queryKey: telephonyKeys.userStates(session.baseUrl, event.loginName) },
      (state) => state && applyTelephonyEvent(state, event),
    );
    // A call is counted from its creation, whichever page is open then.
    const call = { baseUrl: session.baseUrl, loginName: event.loginName };
    if (event.eventName === 'OnCallCreated')
      noteCallStart(queryClient, { ...call, callRef: event.callRef }, Date.now());
    if (event.eventName === 'OnCallModified' && event.previousCallRef) {
      const { callRef, previousCallRef } = event;
      noteCallStart(queryClient, { ...call, callRef }, Date.now(), previousCallRef);
      forgetCallStart(queryClient, { ...call, callRef: previousCallRef });
    }
    if (event.eventName === 'OnCallRemoved')
      forgetCallStart(queryClient, { ...call, callRef: event.callRef });
  },
  staleAfterDrop: (session) => [telephonyKeys.states(session.baseUrl)],
};
