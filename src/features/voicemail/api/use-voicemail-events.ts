import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { O2gClient } from '../../../o2g/client';
import { onEventSummaryUpdatedSchema } from '../../../o2g/contract';
import { voicemailKeys } from './voicemail-keys';

/**
 * Keeps the voicemail entries of the query cache live from the O2G's event channel. O2G has no messaging
 * events: a deposit, a read or a delete shows as `OnEventSummaryUpdated`. Its counters replace the
 * user's event summary in place; the mailbox contents are read again. After a channel drop, events may
 * have been missed (or before it first opened), so every user's counters and mailboxes are read again once.
 */
export function useVoicemailEvents(client: O2gClient, baseUrl: string): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    const stopEvents = client.events.subscribe((line) => {
      const parsed = onEventSummaryUpdatedSchema.safeParse(line);
      if (!parsed.success) return;
      const { loginName, eventSummary } = parsed.data;
      queryClient.setQueryData(voicemailKeys.eventSummary(baseUrl, loginName), eventSummary);
      // Several listeners (the badge, the panel) may see the same event: let one refetch run, not restart it.
      void queryClient.invalidateQueries(
        { queryKey: voicemailKeys.mailboxContents(baseUrl, loginName) },
        { cancelRefetch: false },
      );
    });
    let previous = client.channel.get();
    const stopChannel = client.channel.subscribe(() => {
      const now = client.channel.get();
      if (now === 'live' && previous !== 'live') {
        void queryClient.invalidateQueries(
          { queryKey: voicemailKeys.users(baseUrl) },
          { cancelRefetch: false },
        );
      }
      previous = now;
    });
    return () => {
      stopEvents();
      stopChannel();
    };
  }, [client, baseUrl, queryClient]);
}
