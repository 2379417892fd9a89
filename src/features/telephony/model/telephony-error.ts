import type { ErrorWords } from '../../../lib/describe-o2g-error';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { isO2gError } from '../../../o2g/errors';

/**
 * A failed telephony request in plain words, from the O2G's telephony error block (errorType and
 * errorCause): invalid number, busy, out of service, no rights; anything else as any O2G error.
 */
export function describeTelephonyError(error: unknown, number?: string): ErrorWords {
  const general = describeO2gError(error);
  if (!isO2gError(error)) return general;
  const block = error.body?.telephony;
  const detail = error.body?.helpMessage ?? block?.message;
  const target = number ? `${number} ` : 'The number ';
  switch (block?.errorCause) {
    case 'INVALID_DESTINATION':
      return { title: 'Invalid number', message: `${target}is not a number the PBX can call.` };
    case 'RESOURCE_BUSY':
      return { title: 'Busy', message: detail ?? `${target}is busy.` };
    case 'DEVICE_OUT_OF_SERVICE':
      return { title: 'Out of service', message: detail ?? `${target}is out of service.` };
    case 'INVALID_DEVICE':
      return { title: 'Not your device', message: detail ?? 'This device does not belong to the user.' };
    case 'INVALID_CONNECTION_STATE':
    case 'INVALID_DEVICE_STATE':
      return { title: 'Not possible now', message: detail ?? 'The call is not in a state that allows this.' };
    case 'INVALID_CALL_ID':
      return { title: 'Call gone', message: 'This call has already ended.' };
  }
  if (block?.errorType === 'UNAUTHORIZED' || error.failure === 'no-rights')
    return { title: 'No rights', message: detail ?? 'This account may not do that.' };
  return general;
}
