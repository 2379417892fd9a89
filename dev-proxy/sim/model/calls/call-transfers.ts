import type { CallStore, ChangeSet } from './call-store';
import { moved, rosterOf } from './call-store';
import { activeAndHeld } from './active-and-held';
import { addParty, replaceParty } from './call-connect';
import { deliver, failCall, reroute } from './call-delivery';
import { planDelivery, type Delivery } from './call-routing';
import { snapshotOf, type CallParty, type SimCall } from './call-types';
import { divertToVoicemail } from './call-timers';
import { resolveDestination } from './dial-plan';
import { incompatibleWithState } from './telephony-errors';

/**
 * Where a redirect or transfer leads. A busy, DND or out-of-service destination is accepted, as the OXE
 * takes the request before it knows (and as a make-call does), and the moved call then fails with that
 * cause; only a number outside the dial plan is refused at once, as a make-call to it is.
 */
function plannedFor(store: CallStore, loginName: string, number: string): Delivery {
  return planDelivery(store, loginName, resolveDestination(number, store.lab, store.directory));
}

// Moving calls elsewhere: redirect a ringing call, blind transfer, transfer an active call to a held one.

/** Sends a call ringing at the user to another number, or to the user's own mailbox (`VOICEMAIL`). */
export function redirect(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  loginName: string,
  redirectTo: string,
): void {
  const party = store.partyOf(call, loginName);
  moved(party, 'redirect');
  const { accessNumber } = store.lab.voicemail;
  if (redirectTo === 'VOICEMAIL' || redirectTo === accessNumber) {
    if (!store.directory.user(loginName)?.mailbox)
      throw incompatibleWithState(`${loginName} has no voicemail box`);
    return divertToVoicemail(store, changes, call, party);
  }
  const delivery = plannedFor(store, loginName, redirectTo);
  if (delivery.kind !== 'fail')
    return reroute(store, changes, call, party, delivery, 'REDIRECTED', redirectTo);
  const entry = rosterOf(call, party);
  changes.change(
    call,
    () => {
      replaceParty(call, party, undefined);
      if (entry) entry.reason = 'REDIRECTED';
      call.lastRedirecting = party.identity;
    },
    { cause: 'REDIRECTED', newDestination: redirectTo },
  );
  failCall(store, changes, call, delivery);
}

/** The user leaves the call and the other party is put through to a new number. */
export function blindTransfer(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  loginName: string,
  transferTo: string,
): void {
  const party = store.partyOf(call, loginName);
  moved(party, 'blindTransfer');
  const delivery = plannedFor(store, loginName, transferTo);
  const others = call.parties.filter((p) => p !== party);
  if (others.length !== 1 || others[0]?.kind === 'voicemail')
    throw incompatibleWithState('Only a two-party call can be transferred');
  if (delivery.kind === 'ring') for (const other of others) moved(other, 'rerouted');
  const entry = rosterOf(call, party);
  changes.change(
    call,
    () => {
      replaceParty(call, party, undefined);
      if (entry) entry.reason = 'TRANSFERRED';
      if (delivery.kind !== 'fail') {
        const before = new Set(call.parties);
        deliver(store, changes, call, delivery);
        const newcomers = call.parties.filter((p) => !before.has(p));
        keepTrunkPresentation(call, party, others, newcomers);
      }
    },
    { cause: 'TRANSFERRED', newDestination: transferTo },
  );
  // The transferred party is not kept waiting: its call ends with the destination's cause.
  if (delivery.kind === 'fail') failCall(store, changes, call, delivery);
}

/**
 * Consultation transfer: the user's active call (`call`) and held call are joined and the user leaves.
 * The held call's other party moves into the active call (for it: previousCallRef); the held call ends.
 */
export function transfer(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  loginName: string,
  held: SimCall,
): void {
  // The consultation may still be ringing: the transfer then hands over a ringing call.
  const { mine, mineHeld } = activeAndHeld(
    store,
    call,
    held,
    loginName,
    'A call cannot be transferred to itself',
    ['ACTIVE', 'RINGING_OUTGOING'],
  );
  moved(mine, 'transfer');
  moved(mineHeld, 'transfer');
  const movers = held.parties.filter((p) => p !== mineHeld);
  if (movers.length !== 1 || movers.some((p) => p.kind === 'voicemail'))
    throw incompatibleWithState('Only a two-party call can be transferred');
  const ringingTransfer = mine.state === 'RINGING_OUTGOING';
  for (const mover of movers) if (ringingTransfer) moved(mover, 'rerouted');

  const previous = snapshotOf(held);
  const continuingLogins = movers.flatMap((p) => (p.loginName === undefined ? [] : [p.loginName]));
  const heldEntry = rosterOf(held, mineHeld);
  if (heldEntry) heldEntry.reason = 'TRANSFERRED';
  changes.change(held, () => (held.parties = []), {
    cause: 'TRANSFERRED',
    replacedByCallRef: call.callRef,
    continuingLogins,
  });
  const entry = rosterOf(call, mine);
  const staying = call.parties.filter((p) => p !== mine);
  changes.change(
    call,
    () => {
      replaceParty(call, mine, undefined);
      if (entry) entry.reason = 'TRANSFERRED';
      // Whoever stays on a trunk goes on seeing the number the trunk showed for the user who left.
      const arriving = movers.map((mover): CallParty => {
        const next = {
          ...mover,
          role: 'caller' as const,
          state: ringingTransfer ? 'RINGING_OUTGOING' : 'ACTIVE',
        } as const;
        return staying.some(seenAsExternal) && !seenAsExternal(mover) ? presentedAs(next, mine) : next;
      });
      for (const mover of arriving) addParty(call, mover, !ringingTransfer);
      if (movers.some(seenAsExternal)) {
        for (const party of staying)
          if (!seenAsExternal(party)) replaceParty(call, party, presentedAs(party, mineHeld));
      }
    },
    { cause: 'TRANSFERRED', previous },
  );
}

/** A party on the far side of the trunk (an outside number, or a lab user reached by trunk loopback). */
function seenAsExternal(party: CallParty): boolean {
  return party.identity.type?.main === 'EXTERNAL';
}

/** `party`, shown to the others the way `left` was: its number and identity. */
function presentedAs(party: CallParty, left: CallParty): CallParty {
  return { ...party, participantId: left.participantId, identity: left.identity };
}

/**
 * After a blind transfer: a party across the trunk does not learn who took the call on this side, so
 * the newcomer is shown to it as the user who left was (what a public network shows: the trunk's
 * number). Without a party across the trunk nothing changes.
 */
function keepTrunkPresentation(
  call: SimCall,
  left: CallParty,
  others: readonly CallParty[],
  newcomers: readonly CallParty[],
): void {
  if (!others.some(seenAsExternal)) return;
  for (const newcomer of newcomers)
    if (!seenAsExternal(newcomer) && newcomer.kind === 'user')
      replaceParty(call, newcomer, presentedAs(newcomer, left));
}
