import type { CallStore, ChangeSet } from './call-store';
import { moved, rosterOf } from './call-store';
import { addParty, destinationIdentity, labUser, markAnswered, replaceParty } from './call-connect';
import { deliver, deliveryCause, failCall } from './call-delivery';
import { isPhone, planDelivery, type Delivery } from './call-routing';
import type { CallParty, SimCall } from './call-types';
import { resolveDestination, externalIdentity, userIdentity } from './dial-plan';
import type { CallCause } from './telephony-events';
import {
  callerOutOfService,
  destinationBusy,
  incompatibleWithState,
  linesBusy,
  noCurrentCall,
  notYourDevice,
} from './telephony-errors';

// The basic call commands. Each one checks everything first (every transition through the table),
// then changes the calls: a refused command leaves the world as it was.

/** Makes a call from one of the user's devices; returns the new callRef. */
export function makeCall(
  store: CallStore,
  changes: ChangeSet,
  loginName: string,
  deviceId: string,
  callee: string,
  autoAnswer: boolean,
  associatedData?: string,
): string {
  const caller = labUser(store, loginName);
  if (!caller.devices.some((device) => device.id === deviceId)) throw notYourDevice(deviceId, loginName);
  if (store.behaviour(loginName).outOfService) throw callerOutOfService(deviceId);
  const destination = resolveDestination(callee, store.lab, store.directory);
  if (isPhone(destination) && destination.loginName === loginName) throw destinationBusy(destination.number);
  // With autoAnswer false the callee is offered the call only once the caller's phone is answered.
  const delivery = autoAnswer ? planDelivery(store, loginName, destination) : undefined;
  // A single line holds one call in progress and one on hold: a new call puts the active one on hold.
  const engaged = store
    .callsOf(loginName)
    .map((call) => ({ call, party: store.partyOf(call, loginName) }))
    .filter(({ party }) => party.state !== 'RINGING_INCOMING');
  if (engaged.length >= 2 || engaged.some(({ party }) => party.state !== 'ACTIVE' && party.state !== 'HELD'))
    throw linesBusy(deviceId);
  const toHold = engaged
    .filter(({ party }) => party.state === 'ACTIVE')
    .map(({ call, party }) => ({ call, party, next: moved(party, 'hold') }));

  for (const { call, party, next } of toHold) changes.change(call, () => replaceParty(call, party, next));
  const identity =
    destination.kind === 'loopback'
      ? externalIdentity(`${destination.callerPrefix}${caller.companyPhone}`)
      : userIdentity(caller);
  const call: SimCall = {
    callRef: store.mintCallRef(),
    initialCalled: destinationIdentity(store, destination),
    ...(associatedData !== undefined && { associatedData }),
    parties: [],
    startedAt: changes.at,
    roster: [],
  };
  const party: CallParty = {
    participantId: identity.id.phoneNumber ?? caller.companyPhone,
    kind: 'user',
    role: 'caller',
    loginName,
    deviceId,
    identity,
    state: autoAnswer ? 'DIALING' : 'RINGING_INCOMING',
  };
  if (delivery?.kind === 'fail') {
    // The call exists for the caller (the request succeeds), then fails as the OXE answers busy.
    changes.change(call, () => addParty(call, party));
    failCall(store, changes, call, delivery);
    return call.callRef;
  }
  const cause = delivery && deliveryCause(delivery);
  changes.change(
    call,
    () => {
      addParty(call, party);
      if (delivery) return deliver(store, changes, call, delivery);
      // The system first rings the caller's own phone; the callee is dialled when it answers.
      call.pendingDestination = destination;
      call.ringingSince = changes.at;
    },
    cause === undefined ? {} : { cause },
  );
  return call.callRef;
}

/** Dials a planned delivery for the parties waiting in a call (a failed one ends the call). */
export function dialDelivery(store: CallStore, changes: ChangeSet, call: SimCall, delivery: Delivery): void {
  if (delivery.kind === 'fail') return failCall(store, changes, call, delivery);
  const cause = deliveryCause(delivery);
  changes.change(call, () => deliver(store, changes, call, delivery), cause === undefined ? {} : { cause });
}

/** Answers a call ringing at a party: the callee connects, or a caller picks up its own make-call. */
export function answerParty(store: CallStore, changes: ChangeSet, call: SimCall, party: CallParty): void {
  const pending = call.pendingDestination;
  if (pending && party.role === 'caller') {
    const next = moved(party, 'offHook');
    const delivery = planDelivery(store, party.loginName, pending);
    changes.change(call, () => {
      replaceParty(call, party, next);
      delete call.pendingDestination;
      delete call.ringingSince;
    });
    dialDelivery(store, changes, call, delivery);
    return;
  }
  const next = moved(party, 'answer');
  const others = call.parties
    .filter((p) => p !== party && p.state !== 'ACTIVE' && p.state !== 'HELD')
    .map((p) => [p, moved(p, 'remoteAnswered')] as const);
  // Answering puts the user's active call, if any, on hold.
  const { loginName } = party;
  const holds = (loginName === undefined ? [] : activeCallsOf(store, loginName)).map((c) => {
    const p = store.partyOf(c, loginName ?? '');
    return { c, p, next: moved(p, 'hold') };
  });

  for (const { c, p, next: held } of holds) changes.change(c, () => replaceParty(c, p, held));
  changes.change(call, () => {
    replaceParty(call, party, next);
    for (const [other, after] of others) replaceParty(call, other, after);
    markAnswered(call, party, ...others.map(([other]) => other));
    call.answeredAt ??= changes.at;
    delete call.ringingSince;
  });
}

function activeCallsOf(store: CallStore, loginName: string): SimCall[] {
  return store.callsOf(loginName).filter((call) => store.partyOf(call, loginName).state === 'ACTIVE');
}

/** Puts the user's leg on hold. */
export function hold(store: CallStore, changes: ChangeSet, call: SimCall, loginName: string): void {
  const party = store.partyOf(call, loginName);
  const next = moved(party, 'hold');
  changes.change(call, () => replaceParty(call, party, next));
}

/** Takes the user's leg off hold; another active call must be put on hold first. */
export function retrieve(store: CallStore, changes: ChangeSet, call: SimCall, loginName: string): void {
  const party = store.partyOf(call, loginName);
  const next = moved(party, 'retrieve');
  if (activeCallsOf(store, loginName).length > 0)
    throw incompatibleWithState(`${loginName} already has an active call`);
  changes.change(call, () => replaceParty(call, party, next));
}

/** Checks that DTMF can be sent on the user's leg (the tones change nothing the API shows). */
export function sendDtmf(store: CallStore, call: SimCall, loginName: string): void {
  moved(store.partyOf(call, loginName), 'sendDtmf');
}

/**
 * A party hangs up. The others leave too (two-party calls): an answered leg goes through RELEASING
 * first, as O2G shows it. A caller hanging up on a mailbox after 2 s or more leaves a message.
 * `because` names the cause when the hang-up has a reason of its own (a callback request).
 */
export function releaseParty(changes: ChangeSet, call: SimCall, party: CallParty, because?: CallCause): void {
  moved(party, 'release');
  const others = call.parties
    .filter((p) => p !== party)
    .map((p) => [p, p.state === 'RELEASING' ? p : moved(p, 'remoteReleased')] as const);
  const cause: CallCause =
    because ??
    (party.state === 'RINGING_INCOMING' && party.role === 'callee'
      ? 'BUSY'
      : call.answeredAt === undefined
        ? 'ABANDONED'
        : 'CLEARED');
  const entry = rosterOf(call, party);
  if (entry && cause === 'BUSY') entry.reason = 'BUSY';
  if (entry && cause === 'ABANDONED' && party.role === 'caller') entry.reason = 'ABANDONED';

  const deposit = call.deposit;
  changes.change(
    call,
    () => {
      replaceParty(call, party, undefined);
      for (const [other, after] of others) replaceParty(call, other, after);
    },
    { cause },
  );
  const releasing = call.parties.filter((p) => p.state === 'RELEASING');
  if (releasing.length > 0 && changes.isLive(call)) {
    changes.change(call, () => releasing.forEach((p) => replaceParty(call, p, moved(p, 'cleared'))), {
      cause,
    });
  }
  if (deposit && party.kind !== 'voicemail') {
    const connectedMs = changes.at - deposit.connectedAt;
    if (connectedMs >= 2000) {
      const { mailboxLoginName, callerNumber, callerName, external } = deposit;
      changes.push({
        type: 'voicemailDeposited',
        at: changes.at,
        mailboxLoginName,
        callerNumber,
        ...(callerName !== undefined && { callerName }),
        external,
        durationSeconds: Math.round(connectedMs / 1000),
      });
    }
  }
}

/** The call a user "is in" for BasicTelephony dropme: the active one, else the first it is engaged in. */
export function currentCall(store: CallStore, loginName: string): SimCall {
  const calls = store.callsOf(loginName);
  const pick =
    calls.find((call) => store.partyOf(call, loginName).state === 'ACTIVE') ??
    calls.find((call) => store.partyOf(call, loginName).state !== 'RINGING_INCOMING') ??
    calls[0];
  if (!pick) throw noCurrentCall(loginName);
  return pick;
}
