import type { CallStore, ChangeSet } from './call-store';
import { moved, rosterOf } from './call-store';
import { addParty, replaceParty } from './call-connect';
import { releaseParty } from './call-commands';
import { activeAndHeld } from './active-and-held';
import { snapshotOf, type CallParty, type SimCall } from './call-types';
import { incompatibleWithState, unknownParticipant } from './telephony-errors';

// Consultation and the three-party conference: alternate between an active and a held call, cancel a
// consultation (reconnect), merge both into one conference, leave it or drop one of its participants.

/** The people in a call (the voicemail server is none). */
export const personsIn = (call: SimCall) => call.parties.filter((p) => p.kind !== 'voicemail');

/** The user's other call, in the state given (its consultation partner). */
function otherCallOf(store: CallStore, call: SimCall, loginName: string, state: CallParty['state']) {
  const other = store
    .callsOf(loginName)
    .find((c) => c !== call && store.partyOf(c, loginName).state === state);
  if (!other)
    throw incompatibleWithState(`${loginName} has no ${state.toLowerCase()} call to alternate with`);
  return other;
}

/**
 * Alternate: the active call goes on hold and the held one comes back. The SDKs name the active call;
 * naming the held one works too, since the pair is the same.
 */
export function alternate(store: CallStore, changes: ChangeSet, call: SimCall, loginName: string): void {
  const mine = store.partyOf(call, loginName);
  const [active, held] =
    mine.state === 'HELD'
      ? [otherCallOf(store, call, loginName, 'ACTIVE'), call]
      : [call, otherCallOf(store, call, loginName, 'HELD')];
  const onActive = store.partyOf(active, loginName);
  const onHeld = store.partyOf(held, loginName);
  const holding = moved(onActive, 'hold');
  const retrieving = moved(onHeld, 'retrieve');
  changes.change(active, () => replaceParty(active, onActive, holding));
  changes.change(held, () => replaceParty(held, onHeld, retrieving));
}

/** Reconnect: the enquiry call is released and the held call retrieved (a consultation cancelled). */
export function reconnect(
  store: CallStore,
  changes: ChangeSet,
  held: SimCall,
  loginName: string,
  enquiry: SimCall,
): void {
  if (enquiry === held) throw incompatibleWithState('The enquiry call is the held call');
  const onHeld = store.partyOf(held, loginName);
  const onEnquiry = store.partyOf(enquiry, loginName);
  const retrieving = moved(onHeld, 'retrieve');
  moved(onEnquiry, 'release');
  releaseParty(changes, enquiry, onEnquiry);
  changes.change(held, () => replaceParty(held, onHeld, retrieving));
}

/**
 * Merge: the held call's other party joins the active call, which becomes a three-party conference with
 * everyone active. For that party and for the user the held call is replaced: both see the surviving call
 * modified with previousCallRef and cause CONFERENCED, and no removal of the held call.
 */
export function merge(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  loginName: string,
  held: SimCall,
): void {
  const { mine, mineHeld } = activeAndHeld(
    store,
    call,
    held,
    loginName,
    'A call cannot be merged with itself',
  );
  const joiners = held.parties.filter((p) => p !== mineHeld);
  const others = call.parties.filter((p) => p !== mine);
  if (
    joiners.length !== 1 ||
    others.length !== 1 ||
    [...joiners, ...others].some((p) => p.kind === 'voicemail')
  )
    throw incompatibleWithState('Only two answered two-party calls make a three-party conference');
  for (const party of [...joiners, ...others]) {
    if (party.state !== 'ACTIVE' && party.state !== 'HELD')
      throw incompatibleWithState(`${party.participantId} is not connected`);
  }

  const previous = snapshotOf(held);
  // Everyone in the held call carries on in the conference, the merging user too: none sees it removed.
  const continuingLogins = held.parties.flatMap((p) => (p.loginName === undefined ? [] : [p.loginName]));
  const heldEntry = rosterOf(held, mineHeld);
  if (heldEntry) heldEntry.reason = 'CONFERENCED';
  changes.change(held, () => (held.parties = []), {
    cause: 'CONFERENCED',
    replacedByCallRef: call.callRef,
    continuingLogins,
  });
  changes.change(
    call,
    () => {
      call.parties = call.parties.map((p) => moved(p, 'merge') ?? p);
      for (const joiner of joiners) addParty(call, { ...joiner, state: 'ACTIVE' }, true);
    },
    { cause: 'CONFERENCED', previous },
  );
}

/** A person leaves a conference; the others carry on (two of them as an ordinary call). */
export function leaveCall(changes: ChangeSet, call: SimCall, party: CallParty): void {
  if (personsIn(call).length <= 2) return releaseParty(changes, call, party);
  moved(party, 'release');
  changes.change(call, () => replaceParty(call, party, undefined), { cause: 'PARTICIPANT_LEFT' });
}

/** Drops another participant: a two-party call is released, a conference goes on without it. */
export function dropParticipant(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  loginName: string,
  participantId: string,
): void {
  const mine = store.partyOf(call, loginName);
  const target = call.parties.find((p) => p !== mine && p.participantId === participantId);
  if (!target) throw unknownParticipant(call.callRef, participantId);
  if (personsIn(call).length <= 2) return releaseParty(changes, call, mine);
  if (mine.state !== 'ACTIVE') throw incompatibleWithState(`Call ${call.callRef} is not active`);
  moved(target, 'dropped');
  changes.change(call, () => replaceParty(call, target, undefined), { cause: 'PARTICIPANT_LEFT' });
}
