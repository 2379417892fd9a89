import {
  accountInfoRequestSchema,
  attachDataRequestSchema,
  deviceIdRequestSchema,
  parkRequestSchema,
  reconnectRequestSchema,
  transferRequestSchema,
} from '../contract/telephony-requests';
import { actAs, NO_CONTENT, operations, pathParam, queryParam } from './define';

// The Telephony service's operations beyond making, answering and moving one call: conferences,
// call services, and the user-level services under `/telephony` (hunting groups, mini messages…).

const callRef = pathParam('callRef', undefined, 'callRef', 'The call, as `callRef` in a call list.');
const CALL = '/telephony/calls/{callRef}';
const CALL_STATUSES = { ...NO_CONTENT, 404: 'No such call for this user.' };
const NOT_PROVIDED = { 403: 'The OXE does not provide this service here (the lab has no recording).' };
const participantId = pathParam('participantId', undefined, undefined, 'From the call’s participants.');
const legId = pathParam('legId', undefined, 'deviceId', 'A leg of the call: the device it is on.');

/** Conferences and the legs and participants of a call. */
export const CONFERENCE = operations('Telephony', 'telephony', {
  alternate: {
    method: 'POST',
    path: `${CALL}/alternate`,
    summary: 'Swap between the active call and this held one',
    params: [callRef, actAs],
    body: deviceIdRequestSchema,
    example: { deviceId: '2001' },
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  reconnect: {
    method: 'POST',
    path: `${CALL}/reconnect`,
    summary: 'Release the enquiry call and take this held call back',
    params: [callRef, actAs],
    body: reconnectRequestSchema,
    example: { deviceId: '2001', enquiryCallRef: '' },
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  merge: {
    method: 'POST',
    path: `${CALL}/merge`,
    summary: 'Make a conference of the active call and the held one',
    params: [callRef, actAs],
    body: transferRequestSchema,
    example: { heldCallRef: '' },
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  participants: {
    method: 'GET',
    path: `${CALL}/participants`,
    summary: 'The participants of a call',
    params: [callRef, actAs],
    returns: '`participants[]`: participantId, identity, whether it is in a conference.',
    statuses: { 200: 'OK', 404: 'No such call for this user.' },
  },
  participant: {
    method: 'GET',
    path: `${CALL}/participants/{participantId}`,
    summary: 'One participant of a call',
    params: [callRef, participantId, actAs],
    returns: 'The participant.',
    statuses: { 200: 'OK', 404: 'No such call or participant.' },
  },
  dropParticipant: {
    method: 'DELETE',
    path: `${CALL}/participants/{participantId}`,
    summary: 'Drop a participant from a conference',
    params: [callRef, participantId, actAs],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, 404: 'No such call or participant.' },
  },
  deviceLegs: {
    method: 'GET',
    path: `${CALL}/deviceLegs`,
    summary: 'The legs of a call on the user’s devices',
    params: [callRef, actAs],
    returns: '`legs[]`: deviceId, state, capabilities.',
    statuses: { 200: 'OK', 404: 'No such call for this user.' },
  },
  deviceLeg: {
    method: 'GET',
    path: `${CALL}/deviceLegs/{legId}`,
    summary: 'One leg of a call',
    params: [callRef, legId, actAs],
    returns: 'The leg.',
    statuses: { 200: 'OK', 404: 'No such call or leg.' },
  },
});

/** Services on one call: park, callback, voicemail overflow, data, recording. */
export const CALL_SERVICES = operations('Telephony', 'telephony', {
  park: {
    method: 'POST',
    path: `${CALL}/park`,
    summary: 'Park a call (on a number, or on the user’s own device)',
    params: [callRef, actAs],
    body: parkRequestSchema,
    example: { parkTo: '2003' },
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  callback: {
    method: 'POST',
    path: `${CALL}/callback`,
    summary: 'Ask the busy or unanswering callee to call back, and end the call',
    params: [callRef, actAs],
    returns: 'No body; the callee’s IncomingCallbacks gets the request.',
    statuses: CALL_STATUSES,
  },
  overflowToVoiceMail: {
    method: 'POST',
    path: `${CALL}/overflowToVoiceMail`,
    summary: 'While the call rings out, send it to the callee’s voicemail (1999 in the lab)',
    params: [callRef, actAs],
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  attachData: {
    method: 'POST',
    path: `${CALL}/attachdata`,
    summary: 'Attach correlator data (hex) to a call',
    params: [callRef, actAs],
    body: attachDataRequestSchema,
    example: { deviceId: '2001', hexaBinaryAssociatedData: '0a1b2c3d' },
    returns: 'No body; the data shows in the call and its events.',
    statuses: CALL_STATUSES,
  },
  sendAccountInfo: {
    method: 'POST',
    path: `${CALL}/sendaccountinfo`,
    summary: 'Give a call its account code (CCD transaction code)',
    params: [callRef, actAs],
    body: accountInfoRequestSchema,
    example: { deviceId: '2001', accountInfo: '4242' },
    returns: 'No body.',
    statuses: CALL_STATUSES,
  },
  recording: {
    method: 'POST',
    path: `${CALL}/recording`,
    summary: 'Start, stop, pause or resume recording a call',
    params: [
      callRef,
      queryParam('action', {
        required: true,
        options: ['start', 'stop', 'pause', 'resume'],
        example: 'start',
      }),
      actAs,
    ],
    returns: 'No body.',
    statuses: { ...CALL_STATUSES, ...NOT_PROVIDED },
  },
});
