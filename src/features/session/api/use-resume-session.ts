import { useSyncExternalStore } from 'react';
import type { O2gClient } from '../../../o2g/client';
import { observable, type Observable } from '../../../o2g/observable';
import { vaultSession } from '../../../o2g/vault';
import { useO2gClient } from '../../../lib/o2g-client-context';

type ResumeState = 'resuming' | 'done';

/** One attempt per page (per client): a reload, a new tab or a deep link asks the proxy once. */
const attempts = new WeakMap<O2gClient, Observable<ResumeState>>();

function attemptOf(client: O2gClient): Observable<ResumeState> {
  const known = attempts.get(client);
  if (known) return known;
  const state = observable<ResumeState>(client.vault && !client.session.get() ? 'resuming' : 'done');
  attempts.set(client, state);
  if (state.get() === 'resuming') {
    void vaultSession(client.http)
      .then((found) => {
        // A sign-in that finished meanwhile wins.
        if (found && !client.session.get()) client.session.set(found.session);
      })
      .catch(() => undefined)
      .finally(() => state.set('done'));
  }
  return state;
}

/**
 * On the page's first signed-in screen, resumes the session the proxy's vault holds for this browser
 * (its HttpOnly handle cookie), so a reload, a second tab or a shared link lands where the URL points
 * without a password. `resuming` while the proxy is asked; `done` afterwards, signed in or not.
 */
export function useResumeSession(): ResumeState {
  const state = attemptOf(useO2gClient());
  return useSyncExternalStore(state.subscribe, state.get, state.get);
}
