// The Telephony and Devices operations beyond basic call control, over HTTP in the node SDK's request
// shapes (paths, bodies and query parameters as its TelephonyRest sends them).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestSession, type TestSession } from '../testing/o2g-session';
import { expectO2gError, openEventStream, startServicesLab, type ServicesLab } from '../testing/services-lab';

let lab: ServicesLab;
let alice: TestSession;
let bruno: TestSession;
let chloe: TestSession;
beforeEach(async () => {
  lab = await startServicesLab();
  [alice, bruno, chloe] = await Promise.all([
    openTestSession(lab.origin, 'oxe2001', '2001'),
    openTestSession(lab.origin, 'oxe2002', '2002'),
    openTestSession(lab.origin, 'oxe2003', '2003'),
  ]);
});
afterEach(() => lab.close());

const callRefOf = (response: Response) => response.headers.get('location')?.split('/').pop() ?? '';
const json = async <T>(response: Promise<Response>) => {
  const answer = await response;
  expect(answer.status).toBe(200);
  return (await answer.json()) as T;
};
const noContent = async (response: Promise<Response>) => expect((await response).status).toBe(204);

async function activeCall(): Promise<string> {
  const made = await alice.send('POST', '/telephony/calls', {
    deviceId: '2001',
    callee: '2002',
    autoAnswer: true,
  });
  const callRef = callRefOf(made);
  await noContent(bruno.send('POST', `/telephony/calls/${callRef}/answer`, { deviceId: '2002' }));
  return callRef;
}

describe('call data', () => {
  it('carries the make-call correlator data to the callee, and attachdata replaces it', async () => {
    const made = await alice.send('POST', '/telephony/calls', {
      deviceId: '2001',
      callee: '2002',
      autoAnswer: true,
      hexaBinaryAssociatedData: '6F726465723D3132',
    });
    const callRef = callRefOf(made);
    const seen = await json<{ callData: { hexaBinaryAssociatedData?: string } }>(
      bruno.send('GET', `/telephony/calls/${callRef}`),
    );
    expect(seen.callData.hexaBinaryAssociatedData).toBe('6f726465723d3132');
    await noContent(
      alice.send('POST', `/telephony/calls/${callRef}/attachdata`, {
        deviceId: '2001',
        hexaBinaryAssociatedData: '01ff',
      }),
    );
    await noContent(bruno.send('POST', `/telephony/calls/${callRef}/answer`, { deviceId: '2002' }));
    await noContent(
      bruno.send('POST', `/telephony/calls/${callRef}/sendaccountinfo`, {
        deviceId: '2002',
        accountInfo: '5566',
      }),
    );
    const after = await json<{ callData: Record<string, unknown> }>(
      alice.send('GET', `/telephony/calls/${callRef}`),
    );
    expect(after.callData).toMatchObject({ hexaBinaryAssociatedData: '01ff', accountInfo: '5566' });
  });

  it('answers recording as an OXE without a recorder, and checks the action first', async () => {
    const callRef = await activeCall();
    const refused = await expectO2gError(
      await alice.send('POST', `/telephony/calls/${callRef}/recording?action=Start`),
      403,
    );
    expect(refused.telephony).toMatchObject({ errorType: 'SERVICE_NOT_PROVIDED' });
    await expectO2gError(
      await alice.send('POST', `/telephony/calls/${callRef}/recording?action=rewind`),
      400,
    );
  });
});

describe('legs and participants', () => {
  it('lists and reads the legs and participants of a call', async () => {
    const callRef = await activeCall();
    const leg = await json<{ deviceId: string; state: string }>(
      alice.send('GET', `/telephony/calls/${callRef}/deviceLegs/2001`),
    );
    expect(leg).toMatchObject({ deviceId: '2001', state: 'ACTIVE', capabilities: { hold: true } });
    const participant = await json<{ participantId: string }>(
      alice.send('GET', `/telephony/calls/${callRef}/participants/2002`),
    );
    expect(participant).toMatchObject({ participantId: '2002', identity: { id: { loginName: 'oxe2002' } } });
    const unknown = await expectO2gError(
      await alice.send('GET', `/telephony/calls/${callRef}/participants/2005`),
      404,
    );
    expect(unknown.telephony?.errorType).toBe('LEG_NOT_FOUND');
    // Dropping the only other participant releases the call.
    await noContent(alice.send('DELETE', `/telephony/calls/${callRef}/participants/2002`));
    expect(lab.world.telephony.calls('oxe2002')).toEqual([]);
  });

  it('alternates and reconnects a consultation', async () => {
    const first = await activeCall();
    const enquiry = callRefOf(
      await alice.send('POST', '/telephony/calls', { deviceId: '2001', callee: '2003' }),
    );
    await noContent(chloe.send('POST', `/telephony/calls/${enquiry}/answer`, { deviceId: '2003' }));
    await noContent(alice.send('POST', `/telephony/calls/${enquiry}/alternate`, { deviceId: '2001' }));
    const held = await json<{ callData: { state: string } }>(
      alice.send('GET', `/telephony/calls/${enquiry}`),
    );
    expect(held.callData.state).toBe('HELD');
    await noContent(alice.send('POST', `/telephony/calls/${enquiry}/alternate`, { deviceId: '2001' }));
    await noContent(
      alice.send('POST', `/telephony/calls/${first}/reconnect`, {
        deviceId: '2001',
        enquiryCallRef: enquiry,
      }),
    );
    const calls = await json<{ calls: { callRef: string; callData: { state: string } }[] }>(
      alice.send('GET', '/telephony/calls'),
    );
    expect(calls.calls.map((c) => [c.callRef, c.callData.state])).toEqual([[first, 'ACTIVE']]);
  });
});

describe('park, pickup and overflow', () => {
  it('parks on another set, which unparks it', async () => {
    const callRef = await activeCall();
    await noContent(alice.send('POST', `/telephony/calls/${callRef}/park`, { parkTo: '2003' }));
    expect(lab.world.telephony.calls('oxe2001')).toEqual([]);
    await noContent(chloe.send('POST', '/telephony/devices/2003/unpark', { heldCallRef: callRef }));
    const call = await json<{ participants: { participantId: string; state: string }[] }>(
      chloe.send('GET', `/telephony/calls/${callRef}`),
    );
    expect(call.participants).toEqual([expect.objectContaining({ participantId: '2002', state: 'ACTIVE' })]);
  });

  it('ends the caller’s call with cause CALL_BACK when it asks a callback', async () => {
    const callRef = callRefOf(
      await bruno.send('POST', '/telephony/calls', { deviceId: '2002', callee: '2001' }),
    );
    const brunoEvents = await openEventStream(bruno, ['telephony']);
    await noContent(bruno.send('POST', `/telephony/calls/${callRef}/callback`));
    let removed: Record<string, unknown> | undefined;
    while (removed === undefined) {
      const [line] = await brunoEvents.take(1);
      if (line?.eventName === 'OnCallRemoved') removed = line;
    }
    expect(removed).toMatchObject({ callRef, cause: 'CALL_BACK' });
  });

  it('picks up a colleague’s ringing call, with the cause on the events', async () => {
    const brunoEvents = await openEventStream(bruno, ['telephony']);
    const callRef = callRefOf(
      await alice.send('POST', '/telephony/calls', { deviceId: '2001', callee: '2002' }),
    );
    await noContent(
      chloe.send('POST', '/telephony/devices/2003/pickup', {
        otherCallRef: callRef,
        otherPhoneNumber: '2002',
        autoAnswer: true,
      }),
    );
    const [created, removed] = await brunoEvents.take(2);
    expect(created).toMatchObject({ eventName: 'OnCallCreated', callRef });
    expect(removed).toMatchObject({ eventName: 'OnCallRemoved', callRef, cause: 'PICKED_UP' });
  });

  it('overflows an own ringing call to the callee’s voicemail, and asks a callback on another', async () => {
    const toBruno = callRefOf(
      await chloe.send('POST', '/telephony/calls', { deviceId: '2003', callee: '2002' }),
    );
    await noContent(chloe.send('POST', `/telephony/calls/${toBruno}/overflowToVoiceMail`));
    const call = await json<{ participants: { participantId: string }[] }>(
      chloe.send('GET', `/telephony/calls/${toBruno}`),
    );
    expect(call.participants.map((p) => p.participantId)).toEqual(['1999']);
    const toAlice = callRefOf(
      await bruno.send('POST', '/telephony/calls', { deviceId: '2002', callee: '2001' }),
    );
    await noContent(bruno.send('POST', `/telephony/calls/${toAlice}/callback`));
    const callbacks = await json<{ callbacks: unknown[] }>(alice.send('GET', '/telephony/incomingCallbacks'));
    expect(callbacks.callbacks).toHaveLength(1);
  });
});

describe('devices, groups and messages', () => {
  it('refuses desk sharing, intrusion and pilot info as the lab’s OXE does; toggles interphony blind', async () => {
    const desk = await expectO2gError(
      await alice.send('POST', '/telephony/deskSharing', { dssDeviceNumber: '2005' }),
      403,
    );
    expect(desk.telephony?.errorType).toBe('SERVICE_NOT_PROVIDED');
    await expectO2gError(await alice.send('DELETE', '/telephony/deskSharing'), 403);
    await expectO2gError(await alice.send('POST', '/telephony/devices/2001/intrusion'), 400);
    await expectO2gError(await alice.send('POST', '/telephony/pilots/1/2100/transferInfo'), 403);
    await noContent(alice.send('PUT', '/telephony/devices/2001/ithmicro'));
    await expectO2gError(await alice.send('PUT', '/telephony/devices/2002/ithmicro'), 403);
  });

  it('manages hunting group membership and log-on', async () => {
    expect(await json(chloe.send('GET', '/telephony/huntingGroups'))).toEqual({
      hgList: ['2100'],
      currentHg: '2100',
    });
    expect(await json(alice.send('GET', '/telephony/huntingGroupLogOn'))).toEqual({ logon: false });
    await expectO2gError(await alice.send('POST', '/telephony/huntingGroupLogOn'), 403);
    await noContent(alice.send('POST', '/telephony/huntingGroupMember/2100'));
    await noContent(alice.send('POST', '/telephony/huntingGroupLogOn'));
    expect(await json(alice.send('GET', '/telephony/huntingGroupLogOn'))).toEqual({ logon: true });
    await expectO2gError(await alice.send('POST', '/telephony/huntingGroupMember/2199'), 404);
    await noContent(alice.send('DELETE', '/telephony/huntingGroupMember/2100'));
    expect(await json(alice.send('GET', '/telephony/huntingGroups'))).toEqual({ hgList: ['2100'] });
  });

  it('delivers mini messages newest first, each once', async () => {
    await noContent(alice.send('POST', '/telephony/miniMessages', { recipient: '2002', message: 'first' }));
    await noContent(chloe.send('POST', '/telephony/miniMessages', { recipient: '2002', message: 'second' }));
    expect(await json(bruno.send('GET', '/telephony/miniMessages'))).toMatchObject({
      sender: '2003',
      message: 'second',
    });
    expect(await json(bruno.send('GET', '/telephony/miniMessages'))).toMatchObject({
      sender: '2001',
      message: 'first',
    });
    await expectO2gError(await bruno.send('GET', '/telephony/miniMessages'), 404);
    await expectO2gError(
      await alice.send('POST', '/telephony/miniMessages', { recipient: '2999', message: 'x' }),
      400,
    );
  });
});
