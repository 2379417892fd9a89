import {
  deskSharingRequestSchema,
  miniMessageRequestSchema,
  pickupRequestSchema,
  unparkRequestSchema,
} from '../contract/telephony-requests';
import { actAs, NO_CONTENT, operations, pathParam } from './define';

// Telephony services on a device or on the user as a whole (no call named in the path).

const deviceId = pathParam('deviceId', '2001', 'deviceId', 'One of the user’s devices.');
const DEVICE = '/telephony/devices/{deviceId}';
const DEVICE_STATUSES = { ...NO_CONTENT, 404: 'Not one of the user’s devices, or no such call.' };
const NOT_PROVIDED = {
  403: 'The OXE does not provide this service to this user (the lab has no desk sharing nor CCD).',
};

/** Devices: taking calls from elsewhere onto one of the user's devices. */
export const DEVICE_SERVICES = operations('Devices', 'devices', {
  pickup: {
    method: 'POST',
    path: `${DEVICE}/pickup`,
    summary: 'Pick up a call ringing at another number',
    params: [deviceId, actAs],
    body: pickupRequestSchema,
    example: { otherCallRef: '', otherPhoneNumber: '2002', autoAnswer: true },
    returns: 'No body.',
    statuses: DEVICE_STATUSES,
  },
  intrusion: {
    method: 'POST',
    path: `${DEVICE}/intrusion`,
    summary: 'Intrude into the call of the busy user just called',
    params: [deviceId, actAs],
    returns: 'No body.',
    statuses: DEVICE_STATUSES,
  },
  unpark: {
    method: 'POST',
    path: `${DEVICE}/unpark`,
    summary: 'Take a parked call onto this device',
    params: [deviceId, actAs],
    body: unparkRequestSchema,
    example: { heldCallRef: '' },
    returns: 'No body.',
    statuses: DEVICE_STATUSES,
  },
  ithMicroPut: {
    method: 'PUT',
    path: `${DEVICE}/ithmicro`,
    summary: 'Toggle the interphony microphone (as the node SDK sends it)',
    params: [deviceId, actAs],
    returns: 'No body.',
    statuses: DEVICE_STATUSES,
  },
  ithMicroPost: {
    method: 'POST',
    path: `${DEVICE}/ithmicro`,
    summary: 'Toggle the interphony microphone (as the Java SDK sends it)',
    params: [deviceId, actAs],
    returns: 'No body.',
    statuses: DEVICE_STATUSES,
  },
});

const hgNumber = pathParam('hgNumber', '2100', undefined, 'The hunting group’s pilot number.');

/** Telephony: desk sharing, hunting groups, mini messages and CCD pilots. */
export const USER_SERVICES = operations('Telephony', 'telephony', {
  deskSharingLogOn: {
    method: 'POST',
    path: '/telephony/deskSharing',
    summary: 'Log a desk-sharing user on a set',
    params: [actAs],
    body: deskSharingRequestSchema,
    example: { dssDeviceNumber: '2005' },
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_PROVIDED },
  },
  deskSharingLogOff: {
    method: 'DELETE',
    path: '/telephony/deskSharing',
    summary: 'Log a desk-sharing user off',
    params: [actAs],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_PROVIDED },
  },
  huntingGroupStatus: {
    method: 'GET',
    path: '/telephony/huntingGroupLogOn',
    summary: 'Whether the user is logged on its hunting group',
    params: [actAs],
    returns: '`logon` (true or false).',
  },
  huntingGroupLogOn: {
    method: 'POST',
    path: '/telephony/huntingGroupLogOn',
    summary: 'Log on the user’s hunting group',
    params: [actAs],
    returns: 'No body.',
    statuses: NO_CONTENT,
  },
  huntingGroupLogOff: {
    method: 'DELETE',
    path: '/telephony/huntingGroupLogOn',
    summary: 'Log off the user’s hunting group',
    params: [actAs],
    returns: 'No body.',
    statuses: NO_CONTENT,
  },
  joinHuntingGroup: {
    method: 'POST',
    path: '/telephony/huntingGroupMember/{hgNumber}',
    summary: 'Join a hunting group',
    params: [hgNumber, actAs],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, 404: 'No such hunting group.' },
  },
  leaveHuntingGroup: {
    method: 'DELETE',
    path: '/telephony/huntingGroupMember/{hgNumber}',
    summary: 'Leave a hunting group',
    params: [hgNumber, actAs],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, 404: 'No such hunting group.' },
  },
  huntingGroups: {
    method: 'GET',
    path: '/telephony/huntingGroups',
    summary: 'The hunting groups, and the user’s own',
    params: [actAs],
    returns: '`hgList[]` and, for a member, `currentHg`.',
  },
  nextMiniMessage: {
    method: 'GET',
    path: '/telephony/miniMessages',
    summary: 'Read (and take) the user’s next mini message',
    params: [actAs],
    returns: 'The message: sender, date and text; nothing when none is left.',
  },
  sendMiniMessage: {
    method: 'POST',
    path: '/telephony/miniMessages',
    summary: 'Send a mini message to a set',
    params: [actAs],
    body: miniMessageRequestSchema,
    example: { recipient: '2002', message: 'Call me back please' },
    returns: 'No body.',
    statuses: NO_CONTENT,
  },
  pilotTransferInfo: {
    method: 'POST',
    path: '/telephony/pilots/{nodeId}/{pilotNumber}/transferInfo',
    summary: 'Whether a call can be transferred to a CCD pilot',
    params: [
      pathParam('nodeId', '1', 'nodeId', 'The OXE node id.'),
      pathParam('pilotNumber', '2100', undefined, 'The CCD pilot.'),
      actAs,
    ],
    returns: 'Transfer possibility and the pilot’s state.',
    statuses: { 200: 'OK', 404: 'No such node.', ...NOT_PROVIDED },
  },
});
