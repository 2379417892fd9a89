import { describe, expect, it } from 'vitest';
import { SimError } from '../sim-error';
import { CALL_TRANSITIONS, nextLegState, type CallAction, type LegState } from './call-transitions';

// The state machine written out as the rows we expect; the test checks the table against it both ways,
// so adding, dropping or changing a transition makes it fail.
const ROWS: readonly [LegState, CallAction, LegState][] = [
  ['DIALING', 'release', 'IDLE'],
  ['DIALING', 'remoteRinging', 'RINGING_OUTGOING'],
  ['DIALING', 'remoteAnswered', 'ACTIVE'],
  ['DIALING', 'remoteReleased', 'IDLE'],
  ['DIALING', 'dropped', 'IDLE'],
  ['RINGING_INCOMING', 'answer', 'ACTIVE'],
  ['RINGING_INCOMING', 'offHook', 'DIALING'],
  ['RINGING_INCOMING', 'release', 'IDLE'],
  ['RINGING_INCOMING', 'redirect', 'IDLE'],
  ['RINGING_INCOMING', 'divertToVoicemail', 'IDLE'],
  ['RINGING_INCOMING', 'remoteReleased', 'IDLE'],
  ['RINGING_INCOMING', 'pickedUp', 'IDLE'],
  ['RINGING_INCOMING', 'dropped', 'IDLE'],
  ['RINGING_OUTGOING', 'release', 'IDLE'],
  ['RINGING_OUTGOING', 'transfer', 'IDLE'],
  ['RINGING_OUTGOING', 'remoteAnswered', 'ACTIVE'],
  ['RINGING_OUTGOING', 'remoteReleased', 'IDLE'],
  ['RINGING_OUTGOING', 'rerouted', 'RINGING_OUTGOING'],
  ['RINGING_OUTGOING', 'dropped', 'IDLE'],
  ['ACTIVE', 'hold', 'HELD'],
  ['ACTIVE', 'release', 'IDLE'],
  ['ACTIVE', 'sendDtmf', 'ACTIVE'],
  ['ACTIVE', 'blindTransfer', 'IDLE'],
  ['ACTIVE', 'transfer', 'IDLE'],
  ['ACTIVE', 'remoteReleased', 'RELEASING'],
  ['ACTIVE', 'rerouted', 'RINGING_OUTGOING'],
  ['ACTIVE', 'merge', 'ACTIVE'],
  ['ACTIVE', 'park', 'IDLE'],
  ['ACTIVE', 'dropped', 'IDLE'],
  ['HELD', 'retrieve', 'ACTIVE'],
  ['HELD', 'release', 'IDLE'],
  ['HELD', 'transfer', 'IDLE'],
  ['HELD', 'blindTransfer', 'IDLE'],
  ['HELD', 'parkRecall', 'RINGING_OUTGOING'],
  ['HELD', 'remoteReleased', 'RELEASING'],
  ['HELD', 'merge', 'ACTIVE'],
  ['HELD', 'dropped', 'IDLE'],
  ['RELEASING', 'release', 'IDLE'],
  ['RELEASING', 'cleared', 'IDLE'],
];

const STATES: LegState[] = [
  'DIALING',
  'RINGING_INCOMING',
  'RINGING_OUTGOING',
  'ACTIVE',
  'HELD',
  'RELEASING',
  'IDLE',
];
const ACTIONS: CallAction[] = [
  'answer',
  'offHook',
  'hold',
  'retrieve',
  'release',
  'sendDtmf',
  'redirect',
  'blindTransfer',
  'transfer',
  'remoteRinging',
  'remoteAnswered',
  'remoteReleased',
  'merge',
  'park',
  'pickedUp',
  'dropped',
  'rerouted',
  'divertToVoicemail',
  'parkRecall',
  'cleared',
];

describe('the call transition table', () => {
  it.each(ROWS)('%s + %s → %s', (state, action, next) => {
    expect(nextLegState(state, action)).toBe(next);
  });

  it('has exactly the expected rows', () => {
    const table = Object.entries(CALL_TRANSITIONS).flatMap(([state, moves]) =>
      Object.entries(moves).map(([action, next]) => [state, action, next]),
    );
    expect(table).toHaveLength(ROWS.length);
    expect(new Set(table.map((row) => row.join(' ')))).toEqual(new Set(ROWS.map((row) => row.join(' '))));
  });

  const illegal = STATES.flatMap((state) => ACTIONS.map((action) => [state, action] as const)).filter(
    ([state, action]) => !ROWS.some(([s, a]) => s === state && a === action),
  );
  it.each(illegal)('refuses %s + %s with a 400 INCOMPATIBLE_WITH_STATE', (state, action) => {
    let refusal: unknown;
    try {
      nextLegState(state, action);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(SimError);
    const body = (refusal as SimError).toBody();
    expect(body.code).toBe(400);
    expect(body.telephony).toMatchObject({
      errorType: 'INCOMPATIBLE_WITH_STATE',
      errorCause: 'INVALID_CONNECTION_STATE',
    });
  });
});
