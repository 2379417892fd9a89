import { useEffect } from 'react';
import { vaultHeartbeat } from '../../../o2g/vault';
import { useO2gClient, useO2gSession } from '../../../lib/o2g-client-context';

/** How soon to try again when the proxy could not be asked. */
const RETRY_MS = 5_000;

/**
 * While a vault session is open, tells the proxy this tab is still here, as often as the proxy asks:
 * once no tab has said so for a while, the proxy ends the O2G session itself. A proxy that no longer
 * holds the session (ended in another way, proxy restarted) is shown as a lost session.
 */
export function useVaultHeartbeat() {
  const client = useO2gClient();
  const session = useO2gSession();
  const heldByVault = client.vault && session !== null && session.credential === undefined;

  useEffect(() => {
    if (!heldByVault) return;
    let stopped = false;
    let timer: number | undefined;
    const beat = async () => {
      const outcome = await vaultHeartbeat();
      if (stopped) return;
      if (outcome.state === 'gone') {
        if (client.session.get() && !client.sessionLost.get())
          client.sessionLost.set(
            'The console session ended: it was closed elsewhere or the proxy restarted.',
          );
        return;
      }
      timer = window.setTimeout(
        () => void beat(),
        outcome.state === 'alive' ? outcome.heartbeatMs : RETRY_MS,
      );
    };
    void beat();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [client, heldByVault]);
}
