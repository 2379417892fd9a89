import type { CallStore, ChangeSet } from './call-store';
import { moved, rosterOf } from './call-store';
import { addParty, replaceParty } from './call-connect';
import { deliver, failCall, reroute } from './call-delivery';
import { planDelivery, type Delivery } from './call-routing';
import { snapshotOf, type SimCall } from './call-types';
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
      if (delivery.kind !== 'fail') deliver(store, changes, call, delivery);
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
  if (held === call) throw incompatibleWithState('A call cannot be transferred to itself');
  const mine = store.partyOf(call, loginName);
  const mineHeld = store.partyOf(held, loginName);
  if (mine.state !== 'ACTIVE' && mine.state !== 'RINGING_OUTGOING')
    throw incompatibleWithState(`Call ${call.callRef} is not active`);
  if (mineHeld.state !== 'HELD') throw incompatibleWithState(`Call ${held.callRef} is not on hold`);
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
  changes.change(
    call,
    () => {
      replaceParty(call, mine, undefined);
      if (entry) entry.reason = 'TRANSFERRED';
      for (const mover of movers) {
        addParty(
          call,
          { ...mover, role: 'caller', state: ringingTransfer ? 'RINGING_OUTGOING' : 'ACTIVE' },
          !ringingTransfer,
        );
      }
    },
    { cause: 'TRANSFERRED', previous },
  );
}
