import { useMutation, useQueryClient } from '@tanstack/react-query';
import { closeSession } from '../../../o2g/session';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { announceSessionEnded } from './session-tabs';

/**
 * "End session": runs the teardown steps other parts registered (the event subscription is deleted
 * first), deletes the session on the O2G, then forgets everything about it in the console, whatever
 * the O2G answered: a session the O2G already dropped must not keep the user stuck.
 */
export function useEndSession(onEnded: (outcome: 'deleted' | 'already-gone') => void) {
  const client = useO2gClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<'deleted' | 'already-gone'> => {
      const session = client.session.get();
      if (!session) return 'already-gone';
      await client.runTeardown();
      try {
        await closeSession(client.http, session);
        return 'deleted';
      } catch {
        return 'already-gone';
      }
    },
    onSettled: (outcome) => {
      // The other tabs share a vault session: it is over for them too.
      if (client.session.get()?.credential === undefined) announceSessionEnded(client);
      client.session.set(null);
      queryClient.clear();
      onEnded(outcome ?? 'already-gone');
    },
  });
}
