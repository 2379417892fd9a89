import { loadSignInSteps } from './load-sign-in-steps';

// The ladder and the lab's accounts show only once a sign-in has started or the proxy has answered:
// their Mantine components (accordion, badges, table) are not in the sign-in page's first load.
export const loadLadder = () => import('../components/handshake-ladder');
export const loadLabAccounts = () => import('../components/lab-accounts');

/**
 * Fetches the code a sign-in runs and shows, so that it is there before it is needed: called at the
 * form's first edit, and by the sign-in page when the browser is idle.
 */
export function prefetchSignIn(): void {
  void loadSignInSteps();
  void loadLadder();
  void loadLabAccounts();
}
