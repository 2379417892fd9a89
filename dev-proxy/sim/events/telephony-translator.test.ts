import { describe, expect, it } from 'vitest';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import type { DomainEvent } from '../model/domain-events';
import { setPhoneBehaviour } from '../model/calls/phone-controls';
import { World } from '../model/world';
import { telephonyTranslator } from './telephony-translator';

const linesFor = (world: World, events: DomainEvent[], loginName: string) =>
  events.flatMap((event) => telephonyTranslator.translate(event, loginName, world));

describe('the telephony translator', () => {
  it('shows a consultation transfer as O2G does: the held party moves with replacedByCallRef and previousCallRef, no OnCallRemoved', () => {
    const world = new World(loadLab(), new ManualClock());
    const { telephony } = world;
    const first = telephony.makeCall('oxe2001', '2001', '2002').result.callRef;
    telephony.answer('oxe2002', first);
    const second = telephony.makeCall('oxe2001', '2001', '2003').result.callRef;
    telephony.answer('oxe2003', second);
    const { events } = telephony.transfer('oxe2001', second, first);

    const moved = linesFor(world, events, 'oxe2002');
    expect(moved.map((line) => [line.eventName, line.callRef])).toEqual([
      ['OnCallModified', first],
      ['OnCallModified', second],
    ]);
    // The SDKs' OnCallModified: the released call names the one replacing it.
    expect(moved[0]).toEqual({
      eventName: 'OnCallModified',
      loginName: 'oxe2002',
      callRef: first,
      cause: 'TRANSFERRED',
      replacedByCallRef: second,
    });
    expect(moved[1]).toMatchObject({
      previousCallRef: first,
      addedParticipants: [{ participantId: '2003' }],
      removedParticipantIds: ['2001'],
    });
    expect(
      linesFor(world, events, 'oxe2001').map((line) => [line.eventName, line.callRef, line.cause]),
    ).toEqual([
      ['OnCallRemoved', first, 'TRANSFERRED'],
      ['OnCallRemoved', second, 'TRANSFERRED'],
      ['OnUserStateModified', undefined, undefined],
    ]);
    expect(linesFor(world, events, 'oxe2003')[0]).toMatchObject({
      eventName: 'OnCallModified',
      removedParticipantIds: ['2001'],
      addedParticipants: [{ participantId: '2002' }],
    });
  });

  it('answers a snapshot request with OnTelephonyState for the user named only', () => {
    const world = new World(loadLab(), new ManualClock());
    world.telephony.makeCall('oxe2001', '2001', '2002');
    const { events } = world.telephony.requestSnapshot(['oxe2002']);
    expect(linesFor(world, events, 'oxe2001')).toEqual([]);
    const [state] = linesFor(world, events, 'oxe2002');
    expect(state).toMatchObject({
      eventName: 'OnTelephonyState',
      loginName: 'oxe2002',
      state: { userState: 'FREE', calls: [{ callData: { state: 'RINGING_INCOMING' } }] },
    });
    expect(state?.state).not.toHaveProperty('deviceStates');
  });

  it('tells a user whose phone goes out of service, and no one else', () => {
    const world = new World(loadLab(), new ManualClock());
    const { events } = setPhoneBehaviour(world.telephony, '2004', { outOfService: true });
    expect(linesFor(world, events, 'oxe2004')).toEqual([
      {
        eventName: 'OnDeviceStateModified',
        loginName: 'oxe2004',
        deviceStates: [{ deviceId: '2004', state: 'OUT_OF_SERVICE' }],
      },
    ]);
    expect(linesFor(world, events, 'oxe2001')).toEqual([]);
  });
});
