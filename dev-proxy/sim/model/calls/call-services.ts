import type { CallStore, ChangeSet } from './call-store';
import { moved, rosterOf } from './call-store';
import { addParty, labUser, markAnswered, replaceParty } from './call-connect';
import { personsIn } from './call-conference';
import { divertToVoicemail } from './call-timers';
import type { CallParty, SimCall } from './call-types';
import { userIdentity } from './dial-plan';
import { incompatibleWithState, linesBusy, unknownCallRef } from './telephony-errors';

// The call services beside call control: park and unpark, pickup, overflow of one's own ringing call to
// the callee's voicemail, and the data a call carries (correlator data, CCD account info).

/** A user in a call elsewhere cannot take another one on its single line. */
function checkFree(store: CallStore, loginName: string, deviceId: string): void {
  if (store.isEngaged(loginName)) throw linesBusy(deviceId);
}

/**
 * Parks the user's active two-party call on a device (its own by default): the user leaves, the other
 * party waits on hold until someone unparks it from that device.
 */
export function park(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  loginName: string,
  parkTo?: string,
): void {
  const mine = store.partyOf(call, loginName);
  const others = call.parties.filter((p) => p !== mine);
  if (personsIn(call).length !== 2 || others.some((p) => p.kind === 'voicemail'))
    throw incompatibleWithState('Only a two-party call can be parked');
  moved(mine, 'park');
  const waiting = others.map((p) => [p, moved(p, 'hold')] as const);
  const device = parkTo ?? mine.deviceId ?? '';
  if (!store.directory.device(device)) throw incompatibleWithState(`${device} is no device to park on`);
  changes.change(
    call,
    () => {
      replaceParty(call, mine, undefined);
      for (const [party, next] of waiting) replaceParty(call, party, next);
      call.parkedOn = device;
      const parker = { loginName, deviceId: mine.deviceId ?? '', number: mine.participantId };
      if (mine.loginName !== undefined)
        call.parkRecall = { parkedAt: changes.at, parker: { kind: 'user', ...parker } };
    },
    { cause: 'PARKED', newDestination: device },
  );
}

/** Takes a call parked on the device: the device's user joins it and the parked party is retrieved. */
export function unpark(
  store: CallStore,
  changes: ChangeSet,
  loginName: string,
  deviceId: string,
  callRef: string,
): void {
  const call = store.all().find((c) => c.callRef === callRef && c.parkedOn === deviceId);
  if (!call) throw unknownCallRef(callRef, loginName);
  checkFree(store, loginName, deviceId);
  const parked = call.parties.map((p) => [p, moved(p, 'retrieve')] as const);
  const user = labUser(store, loginName);
  changes.change(
    call,
    () => {
      delete call.parkedOn;
      delete call.parkRecall;
      for (const [party, next] of parked) replaceParty(call, party, next);
      addParty(call, userParty(user.loginName, deviceId, userIdentity(user), 'ACTIVE'), true);
    },
    { cause: 'PARKED' },
  );
}

function userParty(
  loginName: string,
  deviceId: string,
  identity: CallParty['identity'],
  state: CallParty['state'],
): CallParty {
  return {
    participantId: identity.id.phoneNumber ?? deviceId,
    kind: 'user',
    role: 'callee',
    loginName,
    deviceId,
    identity,
    state,
  };
}

/** Picks up a call ringing at another number: the picker takes the ringing party's place. */
export function pickUp(
  store: CallStore,
  changes: ChangeSet,
  loginName: string,
  deviceId: string,
  callRef: string,
  otherNumber: string,
  autoAnswer: boolean,
): void {
  const call = store.all().find((c) => c.callRef === callRef);
  const ringing = call?.parties.find(
    (p) =>
      p.state === 'RINGING_INCOMING' &&
      p.loginName !== undefined &&
      (p.participantId === otherNumber || p.deviceId === otherNumber),
  );
  if (!call || !ringing) throw unknownCallRef(callRef, loginName);
  if (ringing.loginName === loginName) throw incompatibleWithState('A user cannot pick up its own call');
  moved(ringing, 'pickedUp');
  checkFree(store, loginName, deviceId);
  const callers = call.parties
    .filter((p) => p !== ringing)
    .map((p) => [p, autoAnswer && p.state === 'RINGING_OUTGOING' ? moved(p, 'remoteAnswered') : p] as const);
  const user = labUser(store, loginName);
  const entry = rosterOf(call, ringing);
  changes.change(
    call,
    () => {
      replaceParty(call, ringing, undefined);
      if (entry) entry.reason = 'PICKUP';
      for (const [party, next] of callers) replaceParty(call, party, next);
      const picker = userParty(
        loginName,
        deviceId,
        userIdentity(user),
        autoAnswer ? 'ACTIVE' : 'RINGING_INCOMING',
      );
      addParty(call, picker, autoAnswer);
      if (autoAnswer) {
        markAnswered(call, ...call.parties);
        call.answeredAt ??= changes.at;
        delete call.ringingSince;
      } else call.ringingSince = changes.at;
    },
    { cause: 'PICKED_UP', newDestination: user.companyPhone },
  );
}

/** Sends the user's own outgoing ringing call to the callee's mailbox. */
export function overflowToVoicemail(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  loginName: string,
): void {
  const mine = store.partyOf(call, loginName);
  if (mine.state !== 'RINGING_OUTGOING')
    throw incompatibleWithState(`Call ${call.callRef} is not ringing out`);
  const callee = call.parties.find((p) => p.state === 'RINGING_INCOMING' && p.loginName !== undefined);
  if (!callee?.loginName || !store.directory.user(callee.loginName)?.mailbox)
    throw incompatibleWithState('The called party has no voicemail box');
  divertToVoicemail(store, changes, call, callee, changes.at, 'OVERFLOWN');
}

/** Attaches correlator data (hex) or a CCD account code to the call; every party sees the new callData. */
export function setCallData(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  loginName: string,
  data: { associatedData?: string; accountInfo?: string },
): void {
  const mine = store.partyOf(call, loginName);
  if (data.accountInfo !== undefined && mine.state !== 'ACTIVE')
    throw incompatibleWithState('Account info is sent on an active call');
  changes.change(call, () => Object.assign(call, data));
}
