import { useEffect } from 'react';
import type { O2gClient } from '../../../o2g/client';
import { useO2gClient } from '../../../lib/o2g-client-context';

/** The channel the console's tabs of one browser share their vault session on. */
const CHANNEL = 'o2g-console-session';

type TabMessage = { type: 'ended' } | { type: 'lost'; reason: string };

function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, reason } = data as { type?: unknown; reason?: unknown };
  return type === 'ended' || (type === 'lost' && typeof reason === 'string');
}

function post(message: TabMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(message);
  channel.close();
}

/** Tells the other tabs that "End session" ended the shared session. */
export function announceSessionEnded(client: O2gClient): void {
  if (client.vault) post({ type: 'ended' });
}

/**
 * Keeps this tab in step with the others sharing the vault session: "End session" in one ends it here
 * too (`onEndedElsewhere`), a session found lost in one is shown lost here, and the other way round.
 * Tabs holding their own credential (no vault) have sessions of their own and ignore all of this.
 */
export function useSessionTabs(onEndedElsewhere: () => void) {
  const client = useO2gClient();
  useEffect(() => {
    if (!client.vault || typeof BroadcastChannel === 'undefined') return;
    const sharesVault = () => {
      const session = client.session.get();
      return session !== null && session.credential === undefined;
    };
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!sharesVault() || !isTabMessage(event.data)) return;
      if (event.data.type === 'ended') onEndedElsewhere();
      else if (!client.sessionLost.get()) client.sessionLost.set(event.data.reason);
    };
    const stopLost = client.sessionLost.subscribe(() => {
      const reason = client.sessionLost.get();
      if (reason && sharesVault()) channel.postMessage({ type: 'lost', reason } satisfies TabMessage);
    });
    return () => {
      stopLost();
      channel.close();
    };
  }, [client, onEndedElsewhere]);
}
