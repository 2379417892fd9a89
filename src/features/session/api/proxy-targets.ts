import { useEffect, useState } from 'react';
import type { O2gClient } from '../../../o2g/client';
import type { ProxyTargets } from '../../../o2g/contract/proxy';

/** One server the console's proxy forwards to. */
export type ProxyTarget = ProxyTargets['targets'][number];

// The targets change only when the proxy restarts: asked once per client (the form's picker and the
// sign-in's "where is the lab" share the answer). A failure is not kept, so the next call asks again.
const answers = new WeakMap<O2gClient, Promise<ProxyTarget[]>>();

/**
 * The proxy's targets. The request code (and the schema that reads the answer) is imported here, not
 * at the top: the sign-in form is usable before it arrives.
 */
export function loadProxyTargets(client: O2gClient): Promise<ProxyTarget[]> {
  let answer = answers.get(client);
  if (!answer) {
    answer = import('../../../o2g/proxy-targets').then(({ fetchProxyTargets }) =>
      fetchProxyTargets(client.http),
    );
    answers.set(client, answer);
    answer.catch(() => answers.delete(client));
  }
  return answer;
}

/** The proxy's targets for a screen: `pending` until the proxy answers; no `targets` if it did not. */
export function useProxyTargets(client: O2gClient): { pending: boolean; targets?: ProxyTarget[] } {
  const [state, setState] = useState<{ pending: boolean; targets?: ProxyTarget[] }>({ pending: true });
  useEffect(() => {
    let mounted = true;
    loadProxyTargets(client).then(
      (targets) => mounted && setState({ pending: false, targets }),
      () => mounted && setState({ pending: false }),
    );
    return () => {
      mounted = false;
    };
  }, [client]);
  return state;
}
