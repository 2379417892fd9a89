import type { Call, Participant, PartyInfo, TelephonyEvent } from '../../../o2g/contract';
import { partyLabel } from './call-view';

// The calls of this session that ended, for the "Ended calls" list under the live ones. Read from the
// telephony events alone, as they arrive: the O2G keeps no list of a session's finished calls (the
// communication log is a separate service, and not every user has it), and the live state forgets a
// call the moment it ends.

/** How many ended calls are kept: a session's recent history, not an archive. */
export const ENDED_CALLS_LIMIT = 50;

/** A call of one user, as far as the events told it, until it ends. */
interface OpenCall {
  /** Everyone who was ever in the call but the user, by participant id (people who left included). */
  parties: Record<string, string>;
  /** The number first called, for a call that ended before anyone else was listed. */
  called?: string;
  incoming: boolean;
  startedAt: number;
  /** The call was connected at some point. */
  answered: boolean;
  /** When the user's side became active, when this session saw it happen. */
  answeredAt?: number;
}

/** A call that is over for one user. */
export interface EndedCall {
  callRef: string;
  loginName: string;
  /** Who else was in it, in words ("Bruno Lefebvre (2002)"); empty when the events named nobody. */
  parties: string[];
  incoming: boolean;
  /** The O2G's CallCause of the end (`CLEARED`, `BUSY`…), when it gave one. */
  cause?: string;
  /** Where a redirected or forwarded call went. */
  newDestination?: string;
  startedAt: number;
  answered: boolean;
  /** Known only when this session saw the answer. */
  answeredAt?: number;
  endedAt: number;
}

export interface CallHistory {
  /** Calls not over yet, by `loginName callRef`. */
  open: Readonly<Record<string, OpenCall>>;
  /** Newest first. */
  ended: readonly EndedCall[];
}

export const EMPTY_HISTORY: CallHistory = { open: {}, ended: [] };

const keyOf = (loginName: string, callRef: string) => `${loginName} ${callRef}`;

/** The parties known so far, with those of the event: a name given once is kept when a later event gives none. */
function withParties(
  known: Readonly<Record<string, string>>,
  participants: readonly Participant[],
): Record<string, string> {
  const parties = { ...known };
  for (const p of participants) {
    if (p.identity || !(p.participantId in parties))
      parties[p.participantId] = partyLabel(p.identity, p.participantId);
  }
  return parties;
}

function calledOf(party: PartyInfo | undefined): string | undefined {
  return party ? partyLabel(party) : undefined;
}

/**
 * The history after one telephony event received at `at`. `known` is the call as the live state had it
 * before the event, for a call that began before this session saw its start. Same object back when the
 * event changes nothing here.
 */
export function recordCallEvent(
  history: CallHistory,
  event: TelephonyEvent,
  at: number,
  known?: Call,
): CallHistory {
  if (
    event.eventName !== 'OnCallCreated' &&
    event.eventName !== 'OnCallModified' &&
    event.eventName !== 'OnCallRemoved'
  )
    return history;
  const key = keyOf(event.loginName, event.callRef);
  const open = { ...history.open };
  const knownState = known?.legs[0]?.state ?? known?.callData?.state;
  const before: OpenCall = open[key] ?? {
    parties: withParties({}, known?.participants ?? []),
    called: calledOf(known?.callData?.initialCalled),
    incoming: knownState === 'RINGING_INCOMING',
    startedAt: at,
    // A call already connected when first seen: answered, at a time nobody here knows.
    answered: knownState === 'ACTIVE' || knownState === 'HELD',
  };

  if (event.eventName === 'OnCallRemoved') {
    delete open[key];
    const parties = Object.values(before.parties);
    const ended: EndedCall = {
      callRef: event.callRef,
      loginName: event.loginName,
      parties: parties.length ? parties : before.called ? [before.called] : [],
      incoming: before.incoming,
      cause: event.cause,
      newDestination: event.newDestination,
      startedAt: before.startedAt,
      answered: before.answered,
      answeredAt: before.answeredAt,
      endedAt: at,
    };
    return { open, ended: [ended, ...history.ended].slice(0, ENDED_CALLS_LIMIT) };
  }

  if (event.eventName === 'OnCallModified') {
    // The call goes on under another callRef (transfer, merge): not an end, and nothing to list.
    if (event.replacedByCallRef) {
      delete open[key];
      return { ...history, open };
    }
    if (event.previousCallRef) delete open[keyOf(event.loginName, event.previousCallRef)];
  }

  const legs = event.eventName === 'OnCallCreated' ? event.legs : [...event.modifiedLegs, ...event.addedLegs];
  const participants =
    event.eventName === 'OnCallCreated'
      ? event.participants
      : [...event.modifiedParticipants, ...event.addedParticipants];
  const state = legs[0]?.state ?? event.callData?.state;
  open[key] = {
    ...before,
    incoming: event.eventName === 'OnCallCreated' ? state === 'RINGING_INCOMING' : before.incoming,
    parties: withParties(before.parties, participants),
    called: before.called ?? calledOf(event.callData?.initialCalled),
    answered: before.answered || state === 'ACTIVE',
    answeredAt: before.answeredAt ?? (state === 'ACTIVE' && !before.answered ? at : undefined),
  };
  return { ...history, open };
}
