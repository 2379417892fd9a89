// The handshake's code (o2g/session with its schemas, and zod) is not part of the sign-in page's first
// load: it is fetched once the form is in use (first keystroke, or when the browser is idle) and at the
// latest when the form is sent.
import type * as SignInSteps from '../../../o2g/session';

let steps: Promise<typeof SignInSteps> | undefined;

/** The sign-in steps module, loaded once. */
export function loadSignInSteps(): Promise<typeof SignInSteps> {
  steps ??= import('../../../o2g/session');
  return steps;
}
