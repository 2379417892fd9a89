import { describe, expect, it } from 'vitest';
import type { Call } from '../../../o2g/contract';
import { allowedActions, isConference } from './call-view';

const call = (callRef: string, state: string, merge: boolean, participants = ['2002']): Call => ({
  callRef,
  callData: { state, tags: [], capabilities: { merge, transfer: true } },
  legs: [{ deviceId: '2001', state, capabilities: { hold: state === 'ACTIVE', drop: true } }],
  participants: participants.map((participantId) => ({ participantId })),
});

describe('the actions of a call card', () => {
  it('offer a conference on the active call while another is on hold and the O2G allows the merge', () => {
    expect(allowedActions(call('a', 'ACTIVE', true), 'h')).toEqual([
      'hold',
      'transfer',
      'conference',
      'hangUp',
    ]);
    // No held call, the held call itself, or the O2G not allowing it: no conference.
    expect(allowedActions(call('a', 'ACTIVE', true))).not.toContain('conference');
    expect(allowedActions(call('h', 'HELD', true), 'h')).not.toContain('conference');
    expect(allowedActions(call('a', 'ACTIVE', false), 'h')).not.toContain('conference');
  });

  it('call a call with more than one other party a conference', () => {
    expect(isConference(call('a', 'ACTIVE', false, ['2002', '2003']))).toBe(true);
    expect(isConference(call('a', 'ACTIVE', false))).toBe(false);
  });
});
