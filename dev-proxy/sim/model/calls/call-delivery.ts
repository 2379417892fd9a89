import type { CallStore, ChangeSet } from './call-store';
import { moved, rosterOf } from './call-store';
import { dial, labUser, replaceParty } from './call-connect';
import type { Delivery } from './call-routing';
import type { CallEndReason, CallParty, SimCall } from './call-types';
import { userIdentity } from './dial-plan';
import type { CallCause } from './telephony-events';

// Carrying out a delivery planned by call-routing: ring the destination, connect the voicemail server
// (with a message deposit for a mailbox owner), or fail the call with its cause.

/** Adds a roster entry for a user who took no part as a party (a forwarder, a busy callee). */
function rosterAbsent(store: CallStore, call: SimCall, loginName: string, reason: CallEndReason): void {
  if (call.roster.some((entry) => entry.loginName === loginName && entry.role === 'CALLEE')) return;
  call.roster.push({
    role: 'CALLEE',
    kind: 'user',
    loginName,
    identity: userIdentity(labUser(store, loginName)),
    answered: false,
    reason,
  });
}

/** The forwarders go in the roster and the last one is the call's `lastRedirecting`. */
function noteForwarders(store: CallStore, call: SimCall, delivery: Delivery): void {
  const mailbox = delivery.kind === 'voicemail' ? delivery.mailboxLoginName : undefined;
  for (const loginName of delivery.forwarders)
    rosterAbsent(store, call, loginName, loginName === mailbox ? 'VOICEMAIL' : 'FORWARDED');
  const last = delivery.forwarders.at(-1);
  if (last !== undefined) call.lastRedirecting = userIdentity(labUser(store, last));
}

/** The caller a mailbox deposit is for: the first person left in the call. */
export function startDeposit(call: SimCall, mailboxLoginName: string, at: number): void {
  const caller = call.parties.find((p) => p.kind !== 'voicemail');
  if (!caller) return;
  const { firstName, lastName, displayName } = caller.identity;
  const name = [firstName, lastName].filter(Boolean).join(' ') || displayName;
  call.deposit = {
    mailboxLoginName,
    connectedAt: at,
    callerNumber: caller.participantId,
    ...(name !== undefined && name !== '' && { callerName: name }),
    external: caller.identity.type?.main === 'EXTERNAL',
  };
}

/** Connects the waiting parties of a call to a ringing or voicemail delivery (inside a change). */
export function deliver(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  delivery: Exclude<Delivery, { kind: 'fail' }>,
): void {
  noteForwarders(store, call, delivery);
  if (delivery.kind === 'ring') return dial(store, changes, call, delivery.destination);
  dial(store, changes, call, { kind: 'voicemail', number: store.lab.voicemail.accessNumber });
  const owner = delivery.mailboxLoginName;
  if (owner === undefined) return;
  if (!delivery.forwarders.includes(owner)) rosterAbsent(store, call, owner, 'VOICEMAIL');
  startDeposit(call, owner, changes.at);
}

/** The cause the parties see for a delivery: forwarded when a forward was followed. */
export function deliveryCause(delivery: Delivery): CallCause | undefined {
  if (delivery.kind === 'fail') return delivery.cause;
  if (delivery.forwarders.length > 0) return 'FORWARDED';
  return delivery.kind === 'voicemail' && delivery.mailboxLoginName !== undefined ? 'OVERFLOWN' : undefined;
}

/**
 * A call that cannot be delivered ends for the parties waiting on it, with the cause (BUSY,
 * DO_NOT_DISTURB, DESTINATION_NOT_OBTAINABLE); the callee (and any forwarder) gets a missed call.
 */
export function failCall(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  delivery: Extract<Delivery, { kind: 'fail' }>,
): void {
  const waiting = call.parties.map((p) => [p, moved(p, 'remoteReleased')] as const);
  changes.change(
    call,
    () => {
      noteForwarders(store, call, delivery);
      const callee = delivery.calleeLoginName;
      const reason = delivery.cause === 'DESTINATION_NOT_OBTAINABLE' ? 'UNKNOWN' : 'BUSY';
      if (callee !== undefined) rosterAbsent(store, call, callee, reason);
      for (const [party, next] of waiting) replaceParty(call, party, next);
    },
    { cause: delivery.cause },
  );
  // An answered party (a blind-transferred one) goes through RELEASING first, then leaves.
  const releasing = call.parties.filter((p) => p.state === 'RELEASING');
  if (releasing.length > 0 && changes.isLive(call)) {
    changes.change(call, () => releasing.forEach((p) => replaceParty(call, p, moved(p, 'cleared'))), {
      cause: delivery.cause,
    });
  }
}

/**
 * A call ringing at `party` goes elsewhere (redirect, forward on no answer): the party leaves with the
 * cause, and the others keep waiting for the new destination.
 */
export function reroute(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  party: CallParty,
  delivery: Exclude<Delivery, { kind: 'fail' }>,
  cause: CallCause,
  newDestination: string,
): void {
  const entry = rosterOf(call, party);
  changes.change(
    call,
    () => {
      replaceParty(call, party, undefined);
      if (entry) entry.reason = cause === 'REDIRECTED' ? 'REDIRECTED' : 'FORWARDED';
      call.lastRedirecting = party.identity;
      // The caller keeps hearing ringback: only the ringing side changes.
      const callers = call.parties.filter((p) => p.state === 'RINGING_OUTGOING');
      call.parties = call.parties.filter((p) => !callers.includes(p));
      if (delivery.kind === 'voicemail')
        for (const caller of callers) call.parties.push(moved(caller, 'remoteAnswered') ?? caller);
      deliver(store, changes, call, delivery);
      if (delivery.kind === 'ring') call.parties.unshift(...callers);
    },
    { cause, newDestination },
  );
}
