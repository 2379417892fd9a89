import type { CallStore, ChangeSet } from './call-store';
import { moved, rosterOf } from './call-store';
import { addParty, labUser, markAnswered, replaceParty, voicemailParty } from './call-connect';
import { answerParty } from './call-commands';
import type { CallParty, SimCall } from './call-types';

// What time does to ringing calls: a lab phone set to auto-answer picks up after its delay; an
// unanswered phone with a mailbox sends the call to voicemail after the lab's ring timeout.

/** Lets time act on every ringing call, as of `now`. */
export function tickCalls(store: CallStore, changes: ChangeSet, now: number): void {
  for (const call of store.all()) {
    const since = call.ringingSince;
    const ringing = call.parties.find((p) => p.kind === 'user' && p.state === 'RINGING_INCOMING');
    if (since === undefined || ringing?.loginName === undefined) continue;
    const { autoAnswerAfterSeconds } = store.behaviour(ringing.loginName);
    const answerAt = autoAnswerAfterSeconds === null ? Infinity : since + autoAnswerAfterSeconds * 1000;
    // A caller's own phone ringing for its make-call never goes to voicemail.
    const divertable = !call.pendingDestination && labUser(store, ringing.loginName).mailbox !== undefined;
    const divertAt = divertable ? since + store.lab.telephony.ringTimeoutSeconds * 1000 : Infinity;
    if (answerAt <= divertAt && now >= answerAt) answerParty(store, changes, call, ringing);
    else if (now >= divertAt) divertToVoicemail(store, changes, call, ringing, divertAt);
  }
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
      if (caller) {
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
    },
    { cause: 'FORWARDED', newDestination: accessNumber },
  );
}
