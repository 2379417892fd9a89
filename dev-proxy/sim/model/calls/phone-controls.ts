import type { Outcome } from '../domain-events';
import { SimError } from '../sim-error';
import type { PhoneBehaviour } from './call-store';
import { addParty, labUser } from './call-connect';
import { answerParty, currentCall, dialDelivery } from './call-commands';
import { leaveCall } from './call-conference';
import { planDelivery } from './call-routing';
import type { SimCall } from './call-types';
import { externalIdentity, userIdentity } from './dial-plan';
import { noRingingCall } from './telephony-errors';
import type { Telephony } from './telephony';

// What the lab controls do to the simulated phones: nobody holds them, so tests and demos answer,
// hang up, set them busy or out of service, and bring calls in from outside.

function userByNumber(telephony: Telephony, number: string) {
  const user = telephony.store.directory.userByPhoneNumber(number);
  if (!user) throw new SimError('notFound', `No phone has number ${number}`);
  return user;
}

/** Answers the call ringing on the phone with this number. */
export function answerPhone(telephony: Telephony, number: string): Outcome<void> {
  const { loginName } = userByNumber(telephony, number);
  return telephony.run((changes) => {
    const call = telephony.store
      .callsOf(loginName)
      .find((c) => telephony.store.partyOf(c, loginName).state === 'RINGING_INCOMING');
    if (!call) throw noRingingCall(number);
    answerParty(telephony.store, changes, call, telephony.store.partyOf(call, loginName));
  });
}

/** Hangs up a lab phone, or an outside caller (by the number it called from). */
export function hangUpPhone(telephony: Telephony, number: string): Outcome<void> {
  const { store } = telephony;
  const user = store.directory.userByPhoneNumber(number);
  const outside = store
    .all()
    .find((call) => call.parties.some((p) => p.kind === 'external' && p.participantId === number));
  if (!user && !outside) throw new SimError('notFound', `No phone or outside caller has number ${number}`);
  return telephony.run((changes) => {
    const call = user ? currentCall(store, user.loginName) : (outside as SimCall);
    const party = call.parties.find((p) =>
      user ? p.loginName === user.loginName : p.kind === 'external' && p.participantId === number,
    );
    if (party) leaveCall(changes, call, party);
  });
}

/** Changes how a lab phone behaves; going in or out of service is an event. */
export function setPhoneBehaviour(
  telephony: Telephony,
  number: string,
  patch: Partial<PhoneBehaviour>,
): Outcome<PhoneBehaviour> {
  const user = userByNumber(telephony, number);
  const { store } = telephony;
  const before = store.behaviour(user.loginName);
  const behaviour = { ...before, ...patch };
  store.setBehaviour(user.loginName, behaviour);
  if (before.outOfService === behaviour.outOfService) return { result: behaviour, events: [] };
  const at = telephony.clock.now();
  const state = behaviour.outOfService ? ('OUT_OF_SERVICE' as const) : ('IN_SERVICE' as const);
  const events = user.devices.map((device) => ({
    type: 'deviceStateChanged' as const,
    at,
    loginName: user.loginName,
    deviceId: device.id,
    state,
  }));
  return { result: behaviour, events };
}

/** A call arrives from outside (on the trunk) for an extension. */
export function incomingCall(telephony: Telephony, from: string, to: string): Outcome<{ callRef: string }> {
  const user = userByNumber(telephony, to);
  const { store } = telephony;
  const destination = {
    kind: 'user' as const,
    loginName: user.loginName,
    deviceId: user.devices[0]?.id ?? to,
    number: to,
  };
  return telephony.run((changes) => {
    // The extension's routing applies (DND, forward, busy); a call it cannot take ends at once.
    const delivery = planDelivery(store, undefined, destination);
    const call: SimCall = {
      callRef: store.mintCallRef(),
      initialCalled: userIdentity(labUser(store, user.loginName)),
      parties: [],
      startedAt: changes.at,
      roster: [],
    };
    changes.change(call, () =>
      addParty(call, {
        participantId: from,
        kind: 'external',
        role: 'caller',
        identity: externalIdentity(from),
        state: 'DIALING',
      }),
    );
    dialDelivery(store, changes, call, delivery);
    return { callRef: call.callRef };
  });
}
