import { incompatibleWithState } from './telephony-errors';

/**
 * The state of one party's leg in a call, as O2G reports it (`MediaState`). IDLE means the party has
 * left the call; it is never stored, the party is removed instead.
 */
export type LegState =
  'DIALING' | 'RINGING_INCOMING' | 'RINGING_OUTGOING' | 'ACTIVE' | 'HELD' | 'RELEASING' | 'IDLE';

/**
 * What can happen to a leg. The first group are requests of the leg's own user; the second group are
 * what the rest of the call does to the leg.
 */
export type CallAction =
  | 'answer'
  | 'offHook'
  | 'hold'
  | 'retrieve'
  | 'release'
  | 'sendDtmf'
  | 'redirect'
  | 'blindTransfer'
  | 'transfer'
  | 'remoteRinging'
  | 'remoteAnswered'
  | 'remoteReleased'
  | 'rerouted'
  | 'divertToVoicemail'
  | 'merge'
  | 'park'
  | 'pickedUp'
  | 'dropped'
  | 'parkRecall'
  | 'cleared';

/**
 * The whole call state machine: leg state × action → next leg state. A pair not listed is illegal and is
 * refused with INCOMPATIBLE_WITH_STATE. Tests walk this table row by row.
 *
 * - `offHook`: the caller picks up the phone the system rang for its own make-call (autoAnswer false);
 *   the callee is then dialled.
 * - `remoteReleased` on an answered leg goes through RELEASING (the O2G capture shows an OnCallModified
 *   RELEASING before OnCallRemoved); `cleared` then ends it.
 * - `rerouted`: the other side was replaced by a new destination that now rings (blind or ringing transfer).
 * - `merge`: the active and the held call become one three-party conference, everyone ACTIVE.
 * - `park`: the user leaves an active call parked on a device; `pickedUp`: another user takes a call
 *   ringing elsewhere; `dropped`: another party of the call removed this one (drop participant).
 * - `parkRecall`: a parked party nobody took hears ringback again while the parker's set rings.
 */
export const CALL_TRANSITIONS: Readonly<
  Record<Exclude<LegState, 'IDLE'>, Partial<Record<CallAction, LegState>>>
> = {
  DIALING: {
    release: 'IDLE',
    dropped: 'IDLE',
    remoteRinging: 'RINGING_OUTGOING',
    remoteAnswered: 'ACTIVE',
    remoteReleased: 'IDLE',
  },
  RINGING_INCOMING: {
    answer: 'ACTIVE',
    offHook: 'DIALING',
    release: 'IDLE',
    redirect: 'IDLE',
    divertToVoicemail: 'IDLE',
    pickedUp: 'IDLE',
    remoteReleased: 'IDLE',
    dropped: 'IDLE',
  },
  RINGING_OUTGOING: {
    release: 'IDLE',
    transfer: 'IDLE',
    remoteAnswered: 'ACTIVE',
    remoteReleased: 'IDLE',
    rerouted: 'RINGING_OUTGOING',
    dropped: 'IDLE',
  },
  ACTIVE: {
    hold: 'HELD',
    release: 'IDLE',
    sendDtmf: 'ACTIVE',
    blindTransfer: 'IDLE',
    transfer: 'IDLE',
    remoteReleased: 'RELEASING',
    rerouted: 'RINGING_OUTGOING',
    merge: 'ACTIVE',
    park: 'IDLE',
    dropped: 'IDLE',
  },
  HELD: {
    retrieve: 'ACTIVE',
    release: 'IDLE',
    transfer: 'IDLE',
    blindTransfer: 'IDLE',
    remoteReleased: 'RELEASING',
    merge: 'ACTIVE',
    dropped: 'IDLE',
    parkRecall: 'RINGING_OUTGOING',
  },
  RELEASING: { release: 'IDLE', cleared: 'IDLE' },
};

/** The state a leg moves to, or the O2G refusal when the action is not allowed in its state. */
export function nextLegState(state: LegState, action: CallAction): LegState {
  const next = state === 'IDLE' ? undefined : CALL_TRANSITIONS[state][action];
  if (next === undefined) throw incompatibleWithState(`Cannot ${action} a call whose state is ${state}`);
  return next;
}

/** Whether the action is allowed in that state (capabilities are derived from it). */
export function canDo(state: LegState, action: CallAction): boolean {
  return state !== 'IDLE' && CALL_TRANSITIONS[state][action] !== undefined;
}
