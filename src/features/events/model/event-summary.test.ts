import { describe, expect, it } from 'vitest';
import { summarizeEvent } from './event-summary';

const party = (number: string) => ({
  participantId: number,
  identity: { id: { loginName: `oxe${number}`, phoneNumber: number }, displayName: `User ${number}` },
});

describe('the summary of an event', () => {
  it('tells who calls whom, from the side of the login that got the event', () => {
    expect(
      summarizeEvent({
        eventName: 'OnCallCreated',
        loginName: 'oxe2002',
        callRef: '7',
        legs: [{ deviceId: '2002', state: 'RINGING_INCOMING' }],
        participants: [party('2001')],
      }),
    ).toBe('2001 calls 2002');
    expect(
      summarizeEvent({
        eventName: 'OnCallCreated',
        loginName: 'oxe2001',
        callRef: '7',
        legs: [{ deviceId: '2001', state: 'RINGING_OUTGOING' }],
        participants: [party('2002')],
      }),
    ).toBe('2001 calls 2002');
    // Nobody listed yet: the number first called says where the call goes.
    expect(
      summarizeEvent({
        eventName: 'OnCallCreated',
        loginName: 'oxe2001',
        callRef: '7',
        callData: { state: 'DIALING', initialCalled: { id: { phoneNumber: '2003' } } },
        legs: [{ deviceId: '2001', state: 'DIALING' }],
      }),
    ).toBe('2001 calls 2003');
  });

  it('reads the changes of a call: talking, on hold, someone leaving, a conference', () => {
    const modified = (fields: Record<string, unknown>) =>
      summarizeEvent({ eventName: 'OnCallModified', loginName: 'oxe2002', callRef: '7', ...fields });
    expect(
      modified({
        modifiedLegs: [{ deviceId: '2002', state: 'ACTIVE' }],
        modifiedParticipants: [party('2001')],
      }),
    ).toBe('2002 talking with 2001');
    expect(modified({ modifiedLegs: [{ deviceId: '2002', state: 'HELD' }] })).toBe('2002 put call 7 on hold');
    expect(
      modified({ modifiedLegs: [{ deviceId: '2002', state: 'RELEASING' }], removedParticipantIds: ['2001'] }),
    ).toBe('2001 left call 7');
    expect(
      modified({
        cause: 'CONFERENCED',
        previousCallRef: '8',
        modifiedLegs: [{ deviceId: '2002', state: 'ACTIVE' }],
        addedParticipants: [party('2003')],
        modifiedParticipants: [party('2001')],
      }),
    ).toBe('2002 in conference with 2003 and 2001');
    expect(modified({ replacedByCallRef: '9' })).toBe('Call 7 goes on as call 9');
    expect(modified({ callData: { state: 'ACTIVE' } })).toBe('Call 7 changed');
  });

  it('says how a call ended, and where it went', () => {
    expect(summarizeEvent({ eventName: 'OnCallRemoved', callRef: '7', cause: 'CLEARED' })).toBe(
      'Call 7 ended (cleared)',
    );
    expect(
      summarizeEvent({
        eventName: 'OnCallRemoved',
        callRef: '7',
        cause: 'REDIRECTED',
        newDestination: '2003',
      }),
    ).toBe('Call 7 ended (redirected to 2003)');
    expect(summarizeEvent({ eventName: 'OnCallRemoved', callRef: '7' })).toBe('Call 7 ended');
  });

  it('counts what is new for a user, with plurals, and says when nothing is', () => {
    const counters = (eventSummary: Record<string, unknown>) =>
      summarizeEvent({ eventName: 'OnEventSummaryUpdated', loginName: 'oxe2001', eventSummary });
    expect(counters({ voiceMessagesNb: 1 })).toBe('oxe2001: 1 new message');
    expect(counters({ voiceMessagesNb: 2, missedCallsNb: 1 })).toBe('oxe2001: 2 new messages, 1 missed call');
    expect(counters({})).toBe('oxe2001: nothing new');
  });

  it('reads user and device states, and never throws on an event it does not know or a field of the wrong kind', () => {
    expect(summarizeEvent({ eventName: 'OnUserStateModified', loginName: 'oxe2001', state: 'BUSY' })).toBe(
      'oxe2001 is busy',
    );
    expect(
      summarizeEvent({
        eventName: 'OnDeviceStateModified',
        loginName: 'oxe2001',
        deviceStates: [{ deviceId: '2001', state: 'OUT_OF_SERVICE' }],
      }),
    ).toBe('Device 2001 out of service');
    expect(summarizeEvent({ eventName: 'OnBrandNewThing' })).toBe('Brand new thing');
    expect(
      summarizeEvent({ eventName: 'OnCallModified', callRef: 7, legs: 'none', removedParticipantIds: [3] }),
    ).toBe('Call ? changed');
  });
});
