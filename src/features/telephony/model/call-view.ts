import type { Call, PartyInfo } from '../../../o2g/contract';

/** The call states a person recognises, from the O2G media states. */
export type CallPhase = 'dialling' | 'ringing' | 'ringing out' | 'active' | 'held' | 'releasing' | 'unknown';

const PHASES: Record<string, CallPhase> = {
  DIALING: 'dialling',
  OFF_HOOK: 'dialling',
  RINGING_INCOMING: 'ringing',
  RINGING_OUTGOING: 'ringing out',
  ACTIVE: 'active',
  HELD: 'held',
  RELEASING: 'releasing',
};

export const PHASE_COLORS: Record<CallPhase, string> = {
  dialling: 'blue',
  ringing: 'orange',
  'ringing out': 'yellow',
  active: 'green',
  held: 'grape',
  releasing: 'gray',
  unknown: 'gray',
};

/** The user's own state in the call: its first leg's, else the call's. */
export function callPhase(call: Call): CallPhase {
  const state = call.legs[0]?.state ?? call.callData?.state ?? '';
  return PHASES[state] ?? 'unknown';
}

/** A party's name and number, as short as it can be while telling who it is. */
export function partyLabel(party: PartyInfo | undefined, fallback = 'unknown'): string {
  if (!party) return fallback;
  const name = [party.firstName, party.lastName].filter(Boolean).join(' ') || party.displayName;
  const number = party.id.phoneNumber ?? party.id.loginName;
  const external = party.type?.main === 'EXTERNAL' ? 'external ' : '';
  if (name && number) return `${name} (${external}${number})`;
  return number ? `${external}${number}` : (name ?? fallback);
}

/** Who else is in the call, in one line. */
export function participantsLabel(call: Call): string {
  if (call.participants.length === 0) return partyLabel(call.callData?.initialCalled, 'nobody yet');
  return call.participants.map((p) => partyLabel(p.identity, p.participantId)).join(', ');
}

/** A call action the console offers, when the call's capabilities allow it. */
export type CallAction =
  'answer' | 'hold' | 'retrieve' | 'hangUp' | 'transfer' | 'conference' | 'blindTransfer' | 'sendDtmf';

/** More than one other party: a conference. */
export function isConference(call: Call): boolean {
  return call.participants.length > 1;
}

/** The actions this call allows now, in the order the buttons show them. */
export function allowedActions(call: Call, heldCallRef?: string): CallAction[] {
  const leg = call.legs[0]?.capabilities ?? {};
  const data = call.callData?.capabilities ?? {};
  const actions: CallAction[] = [];
  if (leg.answer) actions.push('answer');
  if (leg.hold) actions.push('hold');
  if (leg.retrieve) actions.push('retrieve');
  // A held call to connect with: a consultation transfer from this (active) call.
  if (data.transfer && heldCallRef && heldCallRef !== call.callRef && callPhase(call) === 'active')
    actions.push('transfer');
  // The same pair makes a three-party conference, when the O2G says the call can merge (it does so
  // only while the user has one call active and one on hold, both answered).
  if (data.merge && heldCallRef && heldCallRef !== call.callRef && callPhase(call) === 'active')
    actions.push('conference');
  if (data.blindTransfer) actions.push('blindTransfer');
  if (leg.sendDtmf) actions.push('sendDtmf');
  if (leg.drop || data.terminate || data.dropMe) actions.push('hangUp');
  return actions;
}
