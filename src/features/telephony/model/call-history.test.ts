import { describe, expect, it } from 'vitest';
import type { Call } from '../../../o2g/contract';
import { telephonyEventSchema } from '../../../o2g/contract';
import type { CallHistory } from './call-history';
import { EMPTY_HISTORY, ENDED_CALLS_LIMIT, recordCallEvent } from './call-history';
import { endedWith, howItEnded, talkTime } from './ended-call-view';

const event = (raw: Record<string, unknown>) =>
  telephonyEventSchema.parse({ loginName: 'oxe2001', callRef: 'c1', ...raw });
const bruno = {
  participantId: '2002',
  identity: { id: { loginName: 'oxe2002', phoneNumber: '2002' }, firstName: 'Bruno', lastName: 'Lefebvre' },
};

/** Plays events at the given seconds into a fresh history. */
function play(...steps: [number, Record<string, unknown>][]): CallHistory {
  return steps.reduce(
    (history, [second, raw]) => recordCallEvent(history, event(raw), second * 1000),
    EMPTY_HISTORY,
  );
}

describe('the history of ended calls', () => {
  it('lists a call once it ends: who, which way, how, and for how long it was talked', () => {
    const history = play(
      [
        10,
        {
          eventName: 'OnCallCreated',
          legs: [{ deviceId: '2001', state: 'RINGING_OUTGOING' }],
          participants: [bruno],
        },
      ],
      [14, { eventName: 'OnCallModified', modifiedLegs: [{ deviceId: '2001', state: 'ACTIVE' }] }],
      // The other side hangs up: it leaves the call (no identity any more), then the call ends.
      [
        86,
        {
          eventName: 'OnCallModified',
          modifiedLegs: [{ deviceId: '2001', state: 'RELEASING' }],
          removedParticipantIds: ['2002'],
        },
      ],
      [87, { eventName: 'OnCallRemoved', cause: 'CLEARED' }],
    );
    expect(history.open).toEqual({});
    const [call] = history.ended;
    expect(call).toMatchObject({
      callRef: 'c1',
      loginName: 'oxe2001',
      incoming: false,
      answered: true,
      startedAt: 10_000,
      answeredAt: 14_000,
      endedAt: 87_000,
    });
    expect(endedWith(call!)).toBe('Bruno Lefebvre (2002)');
    expect(howItEnded(call!)).toBe('hung up');
    expect(talkTime(call!)).toBe('1:13');
  });

  it('tells a missed incoming call, a busy one, a declined one and a redirected one apart', () => {
    const missed = play(
      [
        0,
        {
          eventName: 'OnCallCreated',
          legs: [{ deviceId: '2001', state: 'RINGING_INCOMING' }],
          participants: [bruno],
        },
      ],
      [5, { eventName: 'OnCallRemoved', cause: 'CLEARED' }],
    ).ended[0]!;
    expect([missed.incoming, howItEnded(missed), talkTime(missed)]).toEqual([true, 'missed', undefined]);
    const busy = play(
      [
        0,
        {
          eventName: 'OnCallCreated',
          callData: { state: 'DIALING', initialCalled: bruno.identity },
          legs: [{ deviceId: '2001', state: 'DIALING' }],
        },
      ],
      [1, { eventName: 'OnCallRemoved', cause: 'BUSY' }],
    ).ended[0]!;
    expect([endedWith(busy), howItEnded(busy)]).toEqual(['Bruno Lefebvre (2002)', 'busy']);
    const redirected = play(
      [
        0,
        {
          eventName: 'OnCallCreated',
          legs: [{ deviceId: '2001', state: 'RINGING_INCOMING' }],
          participants: [bruno],
        },
      ],
      [3, { eventName: 'OnCallRemoved', cause: 'REDIRECTED', newDestination: '2003' }],
    ).ended[0]!;
    expect(howItEnded(redirected)).toBe('redirected to 2003');
    const declined = play(
      [
        0,
        {
          eventName: 'OnCallCreated',
          legs: [{ deviceId: '2001', state: 'RINGING_INCOMING' }],
          participants: [bruno],
        },
      ],
      [2, { eventName: 'OnCallRemoved', cause: 'BUSY' }],
    ).ended[0]!;
    expect(howItEnded(declined)).toBe('declined');
  });

  it('does not list a call that goes on as another (merge, transfer), and keeps the newest first, within a limit', () => {
    const merged = play(
      [0, { eventName: 'OnCallCreated', callRef: 'held', participants: [bruno] }],
      [1, { eventName: 'OnCallCreated', callRef: 'active', participants: [{ participantId: '2003' }] }],
      [2, { eventName: 'OnCallModified', callRef: 'held', replacedByCallRef: 'active' }],
      [
        2,
        {
          eventName: 'OnCallModified',
          callRef: 'active',
          previousCallRef: 'held',
          cause: 'CONFERENCED',
          addedParticipants: [bruno],
        },
      ],
    );
    expect(merged.ended).toEqual([]);
    expect(Object.keys(merged.open)).toEqual(['oxe2001 active']);
    expect(Object.values(merged.open['oxe2001 active']!.parties).sort()).toEqual([
      '2003',
      'Bruno Lefebvre (2002)',
    ]);

    let many = EMPTY_HISTORY;
    for (let n = 0; n <= ENDED_CALLS_LIMIT; n += 1) {
      many = recordCallEvent(many, event({ eventName: 'OnCallRemoved', callRef: `c${n}` }), n);
    }
    expect(many.ended).toHaveLength(ENDED_CALLS_LIMIT);
    expect(many.ended[0]?.callRef).toBe(`c${ENDED_CALLS_LIMIT}`);
  });

  it('takes who was in a call begun before the session from the live state, and leaves other events alone', () => {
    const known: Call = {
      callRef: 'c1',
      legs: [{ deviceId: '2001', state: 'ACTIVE', capabilities: {} }],
      participants: [bruno],
    };
    const history = recordCallEvent(
      EMPTY_HISTORY,
      event({ eventName: 'OnCallRemoved', cause: 'CLEARED' }),
      5,
      known,
    );
    const [call] = history.ended;
    expect([endedWith(call!), howItEnded(call!), talkTime(call!)]).toEqual([
      'Bruno Lefebvre (2002)',
      'hung up',
      undefined,
    ]);
    const state = event({ eventName: 'OnUserStateModified', state: 'FREE' });
    expect(recordCallEvent(history, state, 6)).toBe(history);
  });
});
