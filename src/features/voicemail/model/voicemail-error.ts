import type { ErrorWords } from '../../../lib/describe-o2g-error';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { isO2gError } from '../../../o2g/errors';

/**
 * A failed mailbox connect in plain words: O2G answers a wrong mailbox password with 403, which is not
 * a rights problem for the person reading it. (A 401 here means the session is gone, and says so.)
 */
export function describeConnectError(error: unknown, byUserPassword: boolean): ErrorWords {
  if (isO2gError(error) && error.failure === 'no-rights') {
    return byUserPassword
      ? {
          title: 'User password not accepted',
          message: 'This mailbox does not take your O2G password; type the mailbox password instead.',
        }
      : { title: 'Wrong mailbox password', message: 'The O2G refused this password for the mailbox.' };
  }
  return describeO2gError(error);
}
