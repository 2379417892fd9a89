import type { TelephonyErrorCause, TelephonyErrorType } from '../../../../src/o2g/contract';
import { SimError, type SimErrorKind } from '../sim-error';

// The telephony refusals, each with the `telephony` block of the O2G error body. Statuses follow the
// mapping suggested by the SDK error docs: bad parameter 400, unknown reference 404, not yours 403,
// state conflicts 400, a destination that cannot take the call 503 (it may work later).

function telephonyError(
  kind: SimErrorKind,
  errorType: TelephonyErrorType,
  errorCause: TelephonyErrorCause,
  message: string,
) {
  return new SimError(kind, message, { telephony: { errorType, errorCause, message } });
}

export const unknownCallRef = (callRef: string, loginName: string) =>
  telephonyError(
    'notFound',
    'CALL_REFERENCE_NOT_FOUND',
    'INVALID_CALL_ID',
    `The call reference ${callRef} does not exist for user ${loginName}`,
  );

export const invalidDestination = (number: string) =>
  telephonyError(
    'badRequest',
    'BAD_PARAMETER_VALUE',
    'INVALID_DESTINATION',
    `${number} is not a valid destination`,
  );

export const incompatibleWithState = (message: string) =>
  telephonyError('badRequest', 'INCOMPATIBLE_WITH_STATE', 'INVALID_CONNECTION_STATE', message);

export const destinationBusy = (number: string) =>
  telephonyError('serviceUnavailable', 'SERVICE_UNAVAILABLE', 'RESOURCE_BUSY', `${number} is busy`);

export const callerOutOfService = (deviceId: string) =>
  telephonyError(
    'badRequest',
    'INCOMPATIBLE_WITH_STATE',
    'DEVICE_OUT_OF_SERVICE',
    `Device ${deviceId} is out of service`,
  );

export const linesBusy = (deviceId: string) =>
  telephonyError(
    'badRequest',
    'INCOMPATIBLE_WITH_STATE',
    'RESOURCE_BUSY',
    `Every line of device ${deviceId} is engaged`,
  );

export const notYourDevice = (deviceId: string, loginName: string) =>
  telephonyError(
    'forbidden',
    'UNAUTHORIZED',
    'INVALID_DEVICE',
    `Device ${deviceId} does not belong to ${loginName}`,
  );

export const unknownDevice = (deviceId: string) =>
  telephonyError('badRequest', 'BAD_PARAMETER_VALUE', 'INVALID_DEVICE', `Unknown device ${deviceId}`);

export const noRingingCall = (deviceId: string) =>
  telephonyError(
    'badRequest',
    'INCOMPATIBLE_WITH_STATE',
    'INVALID_DEVICE_STATE',
    `No call is ringing on device ${deviceId}`,
  );

export const noCurrentCall = (loginName: string) =>
  telephonyError(
    'badRequest',
    'INCOMPATIBLE_WITH_STATE',
    'INVALID_CONNECTION_STATE',
    `${loginName} has no call to leave`,
  );

export const unknownParticipant = (callRef: string, participantId: string) =>
  telephonyError(
    'notFound',
    'LEG_NOT_FOUND',
    'INVALID_DATA',
    `Call ${callRef} has no participant ${participantId}`,
  );

export const unknownLeg = (callRef: string, legId: string) =>
  telephonyError(
    'notFound',
    'LEG_NOT_FOUND',
    'INVALID_DEVICE',
    `Call ${callRef} has no leg on device ${legId}`,
  );

/** A service the lab's OXE does not provide (no recorder, no desk-sharing set, no CCD pilot…). */
export const serviceNotProvided = (message: string) =>
  telephonyError('forbidden', 'SERVICE_NOT_PROVIDED', 'UNKNOWN', message);

/** A private call whose PIN (or missing secret code) the calling set does not accept. */
export const wrongPin = (deviceId: string, message: string) =>
  telephonyError('badRequest', 'BAD_PARAMETER_VALUE', 'INVALID_DATA', `${message} (device ${deviceId})`);
