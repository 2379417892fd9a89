import {
  blindTransferRequestSchema,
  deviceIdRequestSchema,
  makeCallRequestSchema,
  redirectRequestSchema,
  sendDtmfRequestSchema,
  transferRequestSchema,
} from '../contract/telephony-requests';
import { outgoingCallbackRequestSchema } from '../contract/callbacks';
import { actAs, NO_CONTENT, operations, pathParam } from './define';

const callRef = pathParam(
  'callRef',
  undefined,
  'callRef',
  'The call, as `callRef` in a make-call answer or a call list.',
);
const device = { deviceId: '2001' };
const CALL_STATUSES = { ...NO_CONTENT, 404: 'No such call for this user.' };

/** BasicTelephony: make a call, answer, hang up; no licence needed. */
export const BASIC_TELEPHONY = operations('BasicTelephony', 'basicTelephony', {
  makeCall: {
    method: 'POST',
    path: '/telephony/basicCall',
    summary: 'Make a call from one of the user’s devices',
    params: [actAs],
    body: makeCallRequestSchema,
    example: { deviceId: '2001', callee: '2002' },
    returns: 'No body; the Location header names the new call (its callRef).',
    statuses: { 201: 'The call is being placed.' },
  },
  answer: {
    method: 'POST',
    path: '/telephony/basicCall/answer',
    summary: 'Answer the call ringing on a device',
    params: [actAs],
    body: deviceIdRequestSchema,
    example: { deviceId: '2002' },
    returns: 'No body.',
    statuses: { ...NO_CONTENT, 403: 'Nothing rings on that device.' },
  },
  dropMe: {
    method: 'POST',
    path: '/telephony/basicCall/dropme',
    summary: 'Leave the user’s current call',
    params: [actAs],
    returns: 'No body.',
    statuses: NO_CONTENT,
  },
});

/** Telephony: the full call control of one user. */
export const TELEPHONY = operations('Telephony', 'telephony', {
  listCalls: {
    method: 'GET',
    path: '/telephony/calls',
    summary: 'List the user’s calls',
    params: [actAs],
    returns: '`calls[]`, each with its callRef, legs and participants.',
  },
  makeCall: {
    method: 'POST',
    path: '/telephony/calls',
    summary: 'Make a call (advanced)',
    params: [actAs],
    body: makeCallRequestSchema,
    example: { deviceId: '2001', callee: '2002', autoAnswer: true },
    returns: 'No body; the Location header names the new call.',
    statuses: { 201: 'The call is being placed.' },
  },
  getCall: {
    method: 'GET',
    path: '/telephony/calls/{callRef}',
    summary: 'Read one call',
    params: [callRef, actAs],
    returns: 'The call: state, legs, participants, capabilities.',
    statuses: { 200: 'OK', 404: 'No such call for this user.' },
  },
  release: {
    method: 'DELETE',
    path: '/telephony/calls/{callRef}',
    summary: 'Release a call (hang up for everyone)',
    params: [callRef, actAs],
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  dropMe: {
    method: 'POST',
    path: '/telephony/calls/{callRef}/dropme',
    summary: 'Leave a call, letting the others go on',
    params: [callRef, actAs],
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  answer: {
    method: 'POST',
    path: '/telephony/calls/{callRef}/answer',
    summary: 'Answer a ringing call',
    params: [callRef, actAs],
    body: deviceIdRequestSchema,
    example: { deviceId: '2002' },
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  hold: {
    method: 'POST',
    path: '/telephony/calls/{callRef}/hold',
    summary: 'Put a call on hold',
    params: [callRef, actAs],
    body: deviceIdRequestSchema,
    example: device,
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  retrieve: {
    method: 'POST',
    path: '/telephony/calls/{callRef}/retrieve',
    summary: 'Take a held call back',
    params: [callRef, actAs],
    body: deviceIdRequestSchema,
    example: device,
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  sendDtmf: {
    method: 'POST',
    path: '/telephony/calls/{callRef}/sendDtmf',
    summary: 'Send DTMF digits on a call',
    params: [callRef, actAs],
    body: sendDtmfRequestSchema,
    example: { deviceId: '2001', number: '1234#' },
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  transfer: {
    method: 'POST',
    path: '/telephony/calls/{callRef}/transfer',
    summary: 'Transfer the active call to the held one',
    params: [callRef, actAs],
    body: transferRequestSchema,
    example: { heldCallRef: '' },
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  blindTransfer: {
    method: 'POST',
    path: '/telephony/calls/{callRef}/blindtransfer',
    summary: 'Transfer a call to a number without consulting',
    params: [callRef, actAs],
    body: blindTransferRequestSchema,
    example: { transferTo: '2003' },
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  redirect: {
    method: 'POST',
    path: '/telephony/calls/{callRef}/redirect',
    summary: 'Send a ringing call elsewhere (a number or VOICEMAIL)',
    params: [callRef, actAs],
    body: redirectRequestSchema,
    example: { redirectTo: 'VOICEMAIL' },
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
});

/** Devices: the operational state of the user's phones. */
export const DEVICES = operations('Devices', 'devices', {
  listDeviceStates: {
    method: 'GET',
    path: '/telephony/devices',
    summary: 'The state of each of the user’s devices',
    params: [actAs],
    returns: '`deviceStates[]`: deviceId and IN_SERVICE / OUT_OF_SERVICE.',
  },
  getDeviceState: {
    method: 'GET',
    path: '/telephony/devices/{deviceId}',
    summary: 'The state of one device',
    params: [pathParam('deviceId', '2001', 'deviceId'), actAs],
    returns: 'deviceId and state.',
    statuses: { 200: 'OK', 404: 'Not one of the user’s devices.' },
  },
});

/** State: the user's telephonic state as a whole. */
export const STATE = operations('State', 'state', {
  getState: {
    method: 'GET',
    path: '/telephony/state',
    summary: 'The user’s calls, device capabilities and user state',
    params: [actAs],
    returns: '`calls[]`, `deviceCapabilities[]` and `userState` (FREE / BUSY).',
  },
  snapshot: {
    method: 'POST',
    path: '/telephony/state/snapshot',
    summary: 'Ask for the state as events on the event channel',
    params: [actAs],
    returns: 'No body; the state arrives as telephony events.',
    statuses: NO_CONTENT,
  },
});

/** IncomingCallbacks: callback requests left for the user. */
export const INCOMING_CALLBACKS = operations('IncomingCallbacks', 'incomingCallbacks', {
  list: {
    method: 'GET',
    path: '/telephony/incomingCallbacks',
    summary: 'The callback requests left for the user',
    params: [actAs],
    returns: '`callbacks[]`: callbackId and who asked.',
  },
  deleteAll: {
    method: 'DELETE',
    path: '/telephony/incomingCallbacks',
    summary: 'Delete every callback request',
    params: [actAs],
    returns: 'No body.',
    statuses: NO_CONTENT,
  },
  deleteOne: {
    method: 'DELETE',
    path: '/telephony/incomingCallbacks/{callbackId}',
    summary: 'Delete one callback request',
    params: [pathParam('callbackId', undefined, 'callbackId'), actAs],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, 404: 'No such callback request.' },
  },
});

/** OutgoingCallbacks: ask someone to call the user back. */
export const OUTGOING_CALLBACKS = operations('OutgoingCallbacks', 'outgoingCallbacks', {
  request: {
    method: 'POST',
    path: '/telephony/outgoingCallbacks',
    summary: 'Ask a user to call back',
    params: [actAs],
    body: outgoingCallbackRequestSchema,
    example: { callee: '2002' },
    returns: 'No body; the callee’s IncomingCallbacks gets the request.',
    statuses: NO_CONTENT,
  },
});
