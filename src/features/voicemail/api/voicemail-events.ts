import { onEventSummaryUpdatedSchema } from '../../../o2g/contract';
import type { CacheEvents } from '../../../lib/cache-events';
import { voicemailKeys } from './voicemail-keys';

/**
 * O2G has no messaging events: a deposit, a read or a delete shows as `OnEventSummaryUpdated`. Its
 * counters replace the user's event summary in place; the mailbox contents are read again.
 */
export const voicemailEvents: CacheEvents = {
  onEvent: (line, queryClient, session) => {
    const parsed = onEventSummaryUpdatedSchema.safeParse(line);
    if (!parsed.success) return;
    const { loginName, eventSummary } = parsed.data;
    // Whichever way it was read (as the user, or by an administrator acting for it).
    queryClient.setQueriesData(
      { queryKey: voicemailKeys.eventSummaries(session.baseUrl, loginName) },
      eventSummary,
    );
    void queryClient.invalidateQueries(
      { queryKey: voicemailKeys.mailboxContents(session.baseUrl, loginName) },
      { cancelRefetch: false },
    );
  },
  // Every user's counters and mailboxes: an administrator's lamp and panel read several users.
  staleAfterDrop: (session) => [voicemailKeys.users(session.baseUrl)],
};
