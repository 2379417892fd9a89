import type { LabUser } from '../../labs/load-lab';
import type { Outcome } from '../domain-events';
import './hunting-groups';
import { overflowToVoicemail, park, pickUp, setCallData, unpark } from './call-services';
import { incompatibleWithState, serviceNotProvided } from './telephony-errors';
import type { Telephony } from './telephony';

// The Telephony service's commands beyond call control, as the routes run them. Each validates before
// it changes anything and returns the events it caused.

export function parkCall(
  telephony: Telephony,
  loginName: string,
  callRef: string,
  parkTo?: string,
): Outcome<void> {
  const { store } = telephony;
  return telephony.run((changes) => park(store, changes, store.find(loginName, callRef), loginName, parkTo));
}

export function unparkCall(
  telephony: Telephony,
  loginName: string,
  deviceId: string,
  callRef: string,
): Outcome<void> {
  return telephony.run((changes) => unpark(telephony.store, changes, loginName, deviceId, callRef));
}

export function pickUpCall(
  telephony: Telephony,
  loginName: string,
  deviceId: string,
  request: { otherCallRef: string; otherPhoneNumber: string; autoAnswer: boolean },
): Outcome<void> {
  const { otherCallRef, otherPhoneNumber, autoAnswer } = request;
  return telephony.run((changes) =>
    pickUp(telephony.store, changes, loginName, deviceId, otherCallRef, otherPhoneNumber, autoAnswer),
  );
}

export function overflowCall(telephony: Telephony, loginName: string, callRef: string): Outcome<void> {
  const { store } = telephony;
  return telephony.run((changes) =>
    overflowToVoicemail(store, changes, store.find(loginName, callRef), loginName),
  );
}

export function attachCallData(
  telephony: Telephony,
  loginName: string,
  callRef: string,
  data: { associatedData?: string; accountInfo?: string },
): Outcome<void> {
  const { store } = telephony;
  return telephony.run((changes) =>
    setCallData(store, changes, store.find(loginName, callRef), loginName, data),
  );
}

/**
 * Intrusion needs the intruder's set releasing on a busy callee. In the lab a call to a busy extension
 * ends at once, so no set is ever in that state: the OXE refuses, as it would for an idle set.
 */
export function intrude(telephony: Telephony, loginName: string, deviceId: string): Outcome<void> {
  const releasing = telephony.store
    .callsOf(loginName)
    .some((call) =>
      call.parties.some(
        (p) => p.loginName === loginName && p.deviceId === deviceId && p.state === 'RELEASING',
      ),
    );
  if (!releasing) throw incompatibleWithState(`Device ${deviceId} is not calling a busy user`);
  throw serviceNotProvided('Intrusion is not configured on the lab sets');
}

/** Recording needs a recorder the lab's OXE does not have; the call must still be the user's. */
export function recordCall(telephony: Telephony, loginName: string, callRef: string): never {
  telephony.store.find(loginName, callRef);
  throw serviceNotProvided('No call recording is configured on this OXE');
}

/** The lab's users are not desk-sharing users, so the OXE refuses both log on and log off. */
export function deskSharing(loginName: string): never {
  throw serviceNotProvided(`${loginName} is not a desk sharing user`);
}

/** Logs a member on or off its hunting group; a change is announced (OnDynamicStateChanged). */
export function setHuntingLogon(telephony: Telephony, user: LabUser, logon: boolean): Outcome<void> {
  const changed = telephony.store.huntingGroups.setLogon(user.companyPhone, logon);
  const at = telephony.clock.now();
  const event = { type: 'huntingGroupLogonChanged' as const, at, loginName: user.loginName, logon };
  return { result: undefined, events: changed ? [event] : [] };
}

/**
 * Callback on a call: the user's outgoing call rings a lab user who does not answer; the request is left
 * for that user and the call is released. Returns the callee's number.
 */
export function callbackTarget(telephony: Telephony, loginName: string, callRef: string): string {
  const call = telephony.store.find(loginName, callRef);
  const mine = telephony.store.partyOf(call, loginName);
  const callee = call.parties.find((p) => p.state === 'RINGING_INCOMING' && p.loginName !== undefined);
  if (mine.state !== 'RINGING_OUTGOING' || !callee?.loginName)
    throw incompatibleWithState(`Call ${callRef} is not ringing at a user`);
  return callee.participantId;
}
