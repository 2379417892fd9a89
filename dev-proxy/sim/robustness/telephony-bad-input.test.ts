// Bad input to BasicTelephony, Telephony (calls, state, devices) and the callback services: never a
// 5xx, always an O2G error body, and no call, counter or callback request changed.
import fc from 'fast-check';
import { describe } from 'vitest';
import { oddString } from '../testing/bad-input';
import { badRequestsForFamily, type Endpoint } from '../testing/bad-requests';
import { checkFamily, type BadRequest, type FuzzLab } from '../testing/fuzz-lab';
import { fuzzTest } from '../testing/lab-fixtures';

const DIAL_STRING = /^[+]?[0-9A-D*#]{1,49}$/;
const notDialString = oddString.filter((text) => !DIAL_STRING.test(text));
const notOwnDevice = oddString.filter((text) => text !== '2001');

/** Bodies with one member out of its domain (a number that is no number, a device that is not one's own). */
function outOfDomain(lab: FuzzLab, path: string, bodies: fc.Arbitrary<Record<string, unknown>>) {
  return bodies.map((body): BadRequest => ({
    as: 'user',
    method: 'POST',
    path: `${lab.api}${path}`,
    body: JSON.stringify(body),
  }));
}

const basicTelephony = (lab: FuzzLab): Endpoint[] => [
  {
    method: 'POST',
    path: '/telephony/basicCall',
    body: { deviceId: '2001', callee: '2002' },
    perUser: 'named',
    extra: () =>
      fc.oneof(
        outOfDomain(
          lab,
          '/telephony/basicCall',
          notDialString.map((callee) => ({ deviceId: '2001', callee })),
        ),
        outOfDomain(
          lab,
          '/telephony/basicCall',
          notOwnDevice.map((deviceId) => ({ deviceId, callee: '2002' })),
        ),
      ),
  },
  { method: 'POST', path: '/telephony/basicCall/answer', body: { deviceId: '2001' }, perUser: 'named' },
  { method: 'POST', path: '/telephony/basicCall/dropme', perUser: true },
];

// The ringing call is 2004's and 2005's: oxe2001 may not touch it, and bad ids find nothing either.
const telephonyCalls = (lab: FuzzLab): Endpoint[] => {
  const call = '/telephony/calls/{callRef}';
  const ids = { callRef: lab.ringingCallRef };
  return [
    { method: 'GET', path: '/telephony/calls', perUser: true },
    {
      method: 'POST',
      path: '/telephony/calls',
      body: { deviceId: '2001', callee: '2002' },
      perUser: true,
      extra: () =>
        fc.oneof(
          outOfDomain(
            lab,
            '/telephony/calls',
            notDialString.map((callee) => ({ deviceId: '2001', callee })),
          ),
          outOfDomain(
            lab,
            '/telephony/calls',
            notOwnDevice.map((deviceId) => ({ deviceId, callee: '2002' })),
          ),
          // Make-call options: a PIN that is not the set's, codes that are no digits, ACD calls
          // (refused: no call center) with any acdCall value.
          outOfDomain(
            lab,
            '/telephony/calls',
            oddString
              .filter((pin) => pin !== '0000')
              .map((pin) => ({ deviceId: '2001', callee: '2002', pin })),
          ),
          outOfDomain(
            lab,
            '/telephony/calls',
            oddString
              .filter((code) => !/^[0-9]{1,16}$/.test(code))
              .map((businessCode) => ({ deviceId: '2001', callee: '2002', businessCode })),
          ),
          outOfDomain(
            lab,
            '/telephony/calls',
            fc
              .anything()
              .filter((acdCall) => acdCall !== undefined)
              .map((acdCall) => ({ deviceId: '2001', callee: '2002', acdCall })),
          ),
        ),
    },
    { method: 'GET', path: call, ids, perUser: true },
    { method: 'DELETE', path: call, ids, perUser: true },
    { method: 'POST', path: `${call}/dropme`, ids, perUser: true },
    ...['answer', 'hold', 'retrieve'].map((action): Endpoint => ({
      method: 'POST',
      path: `${call}/${action}`,
      ids,
      body: { deviceId: '2001' },
      perUser: 'named',
    })),
    {
      method: 'POST',
      path: `${call}/sendDtmf`,
      ids,
      body: { deviceId: '2001', number: '12' },
      perUser: 'named',
    },
    {
      method: 'POST',
      path: `${call}/transfer`,
      ids,
      body: { heldCallRef: lab.ringingCallRef },
      perUser: true,
    },
    { method: 'POST', path: `${call}/blindtransfer`, ids, body: { transferTo: '2003' }, perUser: true },
    { method: 'POST', path: `${call}/redirect`, ids, body: { redirectTo: '2003' }, perUser: true },
  ];
};

const telephonyState = (): Endpoint[] => [
  { method: 'GET', path: '/telephony/state', perUser: true },
  { method: 'POST', path: '/telephony/state/snapshot', perUser: 'named' },
  { method: 'GET', path: '/telephony/devices', perUser: true },
  { method: 'GET', path: '/telephony/devices/{deviceId}', ids: { deviceId: '2001' }, perUser: true },
];

const callbacks = (lab: FuzzLab): Endpoint[] => [
  { method: 'GET', path: '/telephony/incomingCallbacks', perUser: true },
  { method: 'DELETE', path: '/telephony/incomingCallbacks', perUser: true },
  {
    method: 'DELETE',
    path: '/telephony/incomingCallbacks/{callbackId}',
    ids: { callbackId: '1' },
    perUser: true,
  },
  {
    method: 'POST',
    path: '/telephony/outgoingCallbacks',
    body: { callee: '2002' },
    perUser: true,
    extra: () =>
      fc.oneof(
        outOfDomain(
          lab,
          '/telephony/outgoingCallbacks',
          oddString.filter((c) => !/^[0-9]+$/.test(c)).map((callee) => ({ callee })),
        ),
        // Numbers nobody has, and one's own: refused too.
        outOfDomain(
          lab,
          '/telephony/outgoingCallbacks',
          fc
            .oneof(
              fc.constant('2001'),
              fc.stringMatching(/^[0-9]{1,12}$/).filter((n) => !/^200[2-5]$/.test(n)),
            )
            .map((callee) => ({ callee })),
        ),
      ),
  },
];

// Consultation, conference and the call services, on the ringing call oxe2001 is not in.
const callServices = (lab: FuzzLab): Endpoint[] => {
  const call = '/telephony/calls/{callRef}';
  const ids = { callRef: lab.ringingCallRef };
  const deviceBody = (path: string, body: Record<string, unknown>): Endpoint => ({
    method: 'POST',
    path: `${call}/${path}`,
    ids,
    body,
    perUser: 'named',
  });
  return [
    deviceBody('alternate', { deviceId: '2001' }),
    deviceBody('reconnect', { deviceId: '2001', enquiryCallRef: lab.ringingCallRef }),
    deviceBody('attachdata', { deviceId: '2001', hexaBinaryAssociatedData: '01ff' }),
    deviceBody('sendaccountinfo', { deviceId: '2001', accountInfo: '5566' }),
    { method: 'POST', path: `${call}/merge`, ids, body: { heldCallRef: lab.ringingCallRef }, perUser: true },
    { method: 'POST', path: `${call}/park`, ids, body: { parkTo: '2003' }, perUser: true },
    { method: 'POST', path: `${call}/callback`, ids, perUser: true },
    { method: 'POST', path: `${call}/overflowToVoiceMail`, ids, perUser: true },
    {
      method: 'POST',
      path: `${call}/recording`,
      ids,
      query: 'action=start',
      perUser: true,
      queryParams: { action: (value) => ['start', 'stop', 'pause', 'resume'].includes(value.toLowerCase()) },
    },
    { method: 'GET', path: `${call}/participants`, ids, perUser: true },
    {
      method: 'GET',
      path: `${call}/participants/{participantId}`,
      ids: { ...ids, participantId: '2004' },
      perUser: true,
    },
    {
      method: 'DELETE',
      path: `${call}/participants/{participantId}`,
      ids: { ...ids, participantId: '2004' },
      perUser: true,
    },
    { method: 'GET', path: `${call}/deviceLegs`, ids, perUser: true },
    { method: 'GET', path: `${call}/deviceLegs/{legId}`, ids: { ...ids, legId: '2005' }, perUser: true },
  ];
};

// Devices, hunting groups, mini messages, desk sharing and pilots. oxe2001 is in no hunting group.
const devicesAndGroups = (lab: FuzzLab): Endpoint[] => {
  const device = '/telephony/devices/{deviceId}';
  const ids = { deviceId: '2001' };
  return [
    {
      method: 'POST',
      path: `${device}/pickup`,
      ids,
      body: { otherCallRef: lab.ringingCallRef, otherPhoneNumber: '2004', autoAnswer: true },
    },
    { method: 'POST', path: `${device}/intrusion`, ids },
    { method: 'POST', path: `${device}/unpark`, ids, body: { heldCallRef: lab.ringingCallRef } },
    { method: 'PUT', path: `${device}/ithmicro`, ids },
    { method: 'POST', path: '/telephony/deskSharing', body: { dssDeviceNumber: '2005' }, perUser: true },
    { method: 'DELETE', path: '/telephony/deskSharing', perUser: true },
    { method: 'GET', path: '/telephony/huntingGroupLogOn', perUser: true },
    { method: 'POST', path: '/telephony/huntingGroupLogOn', perUser: true },
    { method: 'DELETE', path: '/telephony/huntingGroupLogOn', perUser: true },
    { method: 'GET', path: '/telephony/huntingGroups', perUser: true },
    {
      method: 'POST',
      path: '/telephony/huntingGroupMember/{hgNumber}',
      ids: { hgNumber: '2199' },
      perUser: true,
    },
    {
      method: 'DELETE',
      path: '/telephony/huntingGroupMember/{hgNumber}',
      ids: { hgNumber: '2199' },
      perUser: true,
    },
    { method: 'GET', path: '/telephony/miniMessages', perUser: true },
    {
      method: 'POST',
      path: '/telephony/miniMessages',
      body: { recipient: '2002', message: 'hello' },
      perUser: true,
      extra: () =>
        outOfDomain(
          lab,
          '/telephony/miniMessages',
          oddString.filter((r) => !/^200[1-5]$/.test(r)).map((recipient) => ({ recipient, message: 'x' })),
        ),
    },
    {
      method: 'POST',
      path: '/telephony/pilots/{nodeId}/{pilotNumber}/transferInfo',
      ids: { nodeId: '1', pilotNumber: '2100' },
      perUser: true,
    },
  ];
};

describe('bad input to telephony', () => {
  fuzzTest('consultation, conference and call services', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, callServices(lab)), 120),
  );
  fuzzTest('devices, hunting groups, mini messages, desk sharing, pilots', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, devicesAndGroups(lab)), 120),
  );
  fuzzTest('basic telephony', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, basicTelephony(lab)), 80),
  );
  fuzzTest('telephony calls', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, telephonyCalls(lab)), 100),
  );
  fuzzTest('telephony state and devices', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, telephonyState()), 60),
  );
  fuzzTest('callbacks', ({ lab }) => checkFamily(() => lab, badRequestsForFamily(lab, callbacks(lab)), 80));
});
