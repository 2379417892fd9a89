import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { TelephonicState } from '../../../o2g/contract';
import { telephonyEventSchema } from '../../../o2g/contract';
import type { O2gClient } from '../../../o2g/client';
import { applyTelephonyEvent } from '../model/apply-event';
import { telephonyKeys } from './telephony-keys';

/**
 * Keeps the telephony state in the query cache live from the O2G's event channel: each telephony event
 * updates the state of the login it is about (`setQueryData`), so nothing is polled. When the channel
 * comes back after a drop, events may have been missed: the states are refetched once.
 */
export function useTelephonyEvents(client: O2gClient, baseUrl: string): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    const stopEvents = client.events.subscribe((line) => {
      const parsed = telephonyEventSchema.safeParse(line);
      if (!parsed.success) return; // another package's event, or one this panel does not use
      const event = parsed.data;
      queryClient.setQueryData<TelephonicState>(telephonyKeys.state(baseUrl, event.loginName), (state) =>
        state ? applyTelephonyEvent(state, event) : state,
      );
    });
    let previous = client.channel.get();
    const stopChannel = client.channel.subscribe(() => {
      const now = client.channel.get();
      if (now === 'live' && previous !== 'live') {
        void queryClient.invalidateQueries({ queryKey: telephonyKeys.states(baseUrl) });
      }
      previous = now;
    });
    return () => {
      stopEvents();
      stopChannel();
      // Nothing updates these entries while the panel is away: read them afresh when it comes back.
      void queryClient.invalidateQueries({ queryKey: telephonyKeys.states(baseUrl), refetchType: 'none' });
    };
  }, [client, baseUrl, queryClient]);
}
