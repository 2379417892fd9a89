import type { CallStore, ChangeSet } from './call-store';
import { moved, rosterOf } from './call-store';
import { addParty, markAnswered, replaceParty, voicemailParty } from './call-connect';
import { answerParty } from './call-commands';
import { reroute, startDeposit } from './call-delivery';
import { noAnswerRoute } from './call-routing';
import type { CallParty, SimCall } from './call-types';

// What time does to ringing calls: a lab phone set to auto-answer picks up after its delay; after the
// lab's ring timeout an unanswered call follows the callee's no-answer routing (forward, overflow, or
// its mailbox by default).

/** Lets time act on every ringing call, as of `now`. */
export function tickCalls(store: CallStore, changes: ChangeSet, now: number): void {
  for (const call of store.all()) {
    const since = call.ringingSince;
    const ringing = call.parties.find((p) => p.kind === 'user' && p.state === 'RINGING_INCOMING');
    if (since === undefined || ringing?.loginName === undefined) continue;
    const { autoAnswerAfterSeconds } = store.behaviour(ringing.loginName);
    const answerAt = autoAnswerAfterSeconds === null ? Infinity : since + autoAnswerAfterSeconds * 1000;
    const route = timeoutRoute(store, call, ringing);
    const timeoutAt = route ? since + store.lab.telephony.ringTimeoutSeconds * 1000 : Infinity;
    if (answerAt <= timeoutAt && now >= answerAt) answerParty(store, changes, call, ringing);
    else if (route && now >= timeoutAt) ringTimedOut(store, changes, call, ringing, route, timeoutAt);
  }
}

/** What the ring timeout will do; a caller's own phone ringing for its make-call just rings on. */
function timeoutRoute(store: CallStore, call: SimCall, ringing: CallParty) {
  const { loginName, deviceId } = ringing;
  if (call.pendingDestination || loginName === undefined) return undefined;
  const caller = call.parties.find((p) => p !== ringing)?.loginName;
  const ringingAt = {
    kind: 'user' as const,
    loginName,
    deviceId: deviceId ?? '',
    number: ringing.participantId,
  };
  const route = noAnswerRoute(store, caller, ringingAt);
  return route?.kind === 'fail' ? undefined : route;
}

function ringTimedOut(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  ringing: CallParty,
  route: NonNullable<ReturnType<typeof timeoutRoute>>,
  at: number,
): void {
  const { loginName } = ringing;
  if (route.kind === 'voicemail' && route.mailboxLoginName === loginName && route.forwarders.length === 0)
    return divertToVoicemail(store, changes, call, ringing, at);
  const target = route.kind === 'ring' ? route.destination.number : store.lab.voicemail.accessNumber;
  reroute(store, changes, call, ringing, route, 'FORWARDED', target);
}

/**
 * Sends a call ringing at a user to that user's mailbox: the ringing party leaves (for it the call was
 * forwarded), the voicemail server answers the others, and a deposit starts for the caller.
 */
export function divertToVoicemail(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  ringing: CallParty,
  at = changes.at,
  cause: 'FORWARDED' | 'OVERFLOWN' = 'FORWARDED',
): void {
  const mailboxLoginName = ringing.loginName;
  if (mailboxLoginName === undefined) return;
  moved(ringing, 'divertToVoicemail');
  const callers = call.parties
    .filter((p) => p !== ringing)
    .map((p) => [p, p.state === 'RINGING_OUTGOING' ? moved(p, 'remoteAnswered') : p] as const);
  const caller = callers[0]?.[0];
  const server = voicemailParty(store);
  const { accessNumber } = store.lab.voicemail;

  changes.change(
    call,
    () => {
      replaceParty(call, ringing, undefined);
      for (const [party, next] of callers) replaceParty(call, party, next);
      addParty(call, server, true);
      markAnswered(call, ...callers.map(([party]) => party));
      const entry = rosterOf(call, ringing);
      if (entry) entry.reason = 'VOICEMAIL';
      call.answeredAt ??= at;
      delete call.ringingSince;
      if (caller) startDeposit(call, mailboxLoginName, at);
    },
    { cause, newDestination: accessNumber },
  );
}
