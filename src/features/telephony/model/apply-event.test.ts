import { describe, expect, it } from 'vitest';
import type { TelephonicState } from '../../../o2g/contract';
import { onCallCreatedSchema, telephonyEventSchema } from '../../../o2g/contract';
import { applyTelephonyEvent } from './apply-event';

const empty: TelephonicState = {
  calls: [],
  deviceCapabilities: [],
  userState: 'FREE',
  deviceStates: { deviceStates: [{ deviceId: '2002', state: 'IN_SERVICE' }] },
};

const event = (raw: Record<string, unknown>) => telephonyEventSchema.parse({ loginName: 'oxe2002', ...raw });

const created = onCallCreatedSchema.parse({
  loginName: 'oxe2002',
  eventName: 'OnCallCreated',
  callRef: 'c1',
  callData: { state: 'RINGING_INCOMING', capabilities: { redirect: true } },
  legs: [{ deviceId: '2002', state: 'RINGING_INCOMING', capabilities: { answer: true } }],
  participants: [{ participantId: '2001', state: 'RINGING_OUTGOING' }],
});

describe('applyTelephonyEvent', () => {
  it('adds a created call, and replaces it if it is created again', () => {
    const once = applyTelephonyEvent(empty, created);
    expect(once.calls.map((c) => c.callRef)).toEqual(['c1']);
    expect(applyTelephonyEvent(once, created).calls).toHaveLength(1);
  });

  it('merges a modification: changed legs and participants, removed ones gone', () => {
    const ringing = applyTelephonyEvent(empty, created);
    const answered = applyTelephonyEvent(
      ringing,
      event({
        eventName: 'OnCallModified',
        callRef: 'c1',
        callData: { state: 'ACTIVE', capabilities: { terminate: true } },
        modifiedLegs: [{ deviceId: '2002', state: 'ACTIVE', capabilities: { drop: true, hold: true } }],
        modifiedParticipants: [{ participantId: '2001', state: 'ACTIVE' }],
      }),
    );
    const [call] = answered.calls;
    expect(call?.callData?.state).toBe('ACTIVE');
    expect(call?.legs).toEqual([
      { deviceId: '2002', state: 'ACTIVE', capabilities: { drop: true, hold: true } },
    ]);
    expect(call?.participants[0]?.state).toBe('ACTIVE');
    const released = applyTelephonyEvent(
      answered,
      event({ eventName: 'OnCallModified', callRef: 'c1', removedParticipantIds: ['2001'] }),
    );
    expect(released.calls[0]?.participants).toEqual([]);
    expect(released.calls[0]?.callData?.state).toBe('ACTIVE');
  });

  it('drops the previous call of a transfer, and removes a call', () => {
    const two = applyTelephonyEvent(applyTelephonyEvent(empty, created), { ...created, callRef: 'c0' });
    const transferred = applyTelephonyEvent(
      two,
      event({ eventName: 'OnCallModified', callRef: 'c2', previousCallRef: 'c0' }),
    );
    expect(transferred.calls.map((c) => c.callRef)).toEqual(['c1', 'c2']);
    const removed = applyTelephonyEvent(transferred, event({ eventName: 'OnCallRemoved', callRef: 'c1' }));
    expect(removed.calls.map((c) => c.callRef)).toEqual(['c2']);
    expect(applyTelephonyEvent(removed, event({ eventName: 'OnCallRemoved', callRef: 'zz' }))).toBe(removed);
  });

  it('drops a call that goes on as another one, whichever of the two events comes first', () => {
    const two = applyTelephonyEvent(applyTelephonyEvent(empty, created), { ...created, callRef: 'c0' });
    const merged = applyTelephonyEvent(
      two,
      event({ eventName: 'OnCallModified', callRef: 'c1', previousCallRef: 'c0', cause: 'CONFERENCED' }),
    );
    const named = event({ eventName: 'OnCallModified', callRef: 'c0', replacedByCallRef: 'c1' });
    expect(applyTelephonyEvent(merged, named)).toBe(merged);
    expect(applyTelephonyEvent(two, named).calls.map((c) => c.callRef)).toEqual(['c1']);
  });

  it('updates user and device state, and keeps device states across a snapshot', () => {
    const busy = applyTelephonyEvent(empty, event({ eventName: 'OnUserStateModified', state: 'BUSY' }));
    expect(busy.userState).toBe('BUSY');
    const down = applyTelephonyEvent(
      busy,
      event({
        eventName: 'OnDeviceStateModified',
        deviceStates: [{ deviceId: '2002', state: 'OUT_OF_SERVICE' }],
      }),
    );
    expect(down.deviceStates?.deviceStates).toEqual([{ deviceId: '2002', state: 'OUT_OF_SERVICE' }]);
    const snapshot = applyTelephonyEvent(
      down,
      event({
        eventName: 'OnTelephonyState',
        state: { calls: [], deviceCapabilities: [], userState: 'FREE' },
      }),
    );
    expect(snapshot.userState).toBe('FREE');
    expect(snapshot.deviceStates).toBe(down.deviceStates);
  });
});
