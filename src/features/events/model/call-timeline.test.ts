import { describe, expect, it } from 'vitest';
import { callRefsOf, callTimeline } from './call-timeline';
import { createEventLog } from './event-log';

describe('the timeline of a call', () => {
  it('reads created → ringing → active → releasing → released from the events, in order', () => {
    let time = 0;
    const log = createEventLog(100, () => (time += 1000));
    log.add({
      eventName: 'OnCallCreated',
      loginName: 'oxe2002',
      callRef: 'c1',
      callData: { state: 'RINGING_INCOMING' },
      participants: [{ participantId: '2001' }],
    });
    log.add({ eventName: 'OnUserStateModified', loginName: 'oxe2002', state: 'BUSY' });
    log.add({ eventName: 'OnCallCreated', loginName: 'oxe2003', callRef: 'other' });
    log.add({
      eventName: 'OnCallModified',
      loginName: 'oxe2002',
      callRef: 'c1',
      callData: { state: 'ACTIVE' },
    });
    log.add({
      eventName: 'OnCallModified',
      loginName: 'oxe2002',
      callRef: 'c1',
      modifiedLegs: [{ deviceId: '2002', state: 'RELEASING' }],
      removedParticipantIds: ['2001'],
    });
    log.add({ eventName: 'OnCallRemoved', loginName: 'oxe2002', callRef: 'c1', cause: 'NORMALCLEARING' });

    const steps = callTimeline(log.snapshot().entries, 'c1');
    expect(steps.map((step) => step.phase)).toEqual(['created, ringing', 'active', 'releasing', 'released']);
    expect(steps[0]).toMatchObject({ at: 1000, loginName: 'oxe2002', participants: ['2001'] });
    expect(steps[3]).toMatchObject({ cause: 'NORMALCLEARING', eventName: 'OnCallRemoved' });
  });

  it('lists the calls of the log, the most recently active first', () => {
    const log = createEventLog();
    log.add({ eventName: 'OnCallCreated', callRef: 'a' });
    log.add({ eventName: 'OnCallCreated', callRef: 'b' });
    log.add({ eventName: 'OnCallRemoved', callRef: 'a' });
    log.add({ eventName: 'OnUserStateModified' });
    expect(callRefsOf(log.snapshot().entries)).toEqual(['a', 'b']);
  });
});
