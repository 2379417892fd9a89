// End to end over HTTP with plain fetch, in the SDKs' request shapes: the lab steers calls by routing
// (forward, do-not-disturb), fails a call to a busy set, makes a three-party conference and rings a
// hunting group's member. Each step is checked on the event streams and in the comlog.
import { describe, expect } from 'vitest';
import { callRefOf, openTestSession, type TestSession } from '../testing/o2g-session';
import { colleaguesTest } from '../testing/lab-fixtures';
import { ok } from '../testing/three-colleagues';
import { openEventStream } from '../testing/services-lab';
import type { EventStreamReader } from '../testing/event-stream';

async function call(from: TestSession, deviceId: string, callee: string): Promise<string> {
  const made = await from.send('POST', '/telephony/calls', { deviceId, callee, autoAnswer: true });
  expect(made.status).toBe(201);
  return callRefOf(made);
}

/** The next event of a name (and with a field, if given), skipping others. */
async function nextNamed(stream: EventStreamReader, eventName: string, field?: string) {
  for (;;) {
    const [line] = await stream.take(1);
    if (line?.eventName === eventName && (field === undefined || line[field] !== undefined)) return line;
  }
}

const comlogOf = async (session: TestSession) =>
  ((await (await ok(session.send('GET', '/comlog/records'))).json()) as { comHistoryRecords: unknown[] })
    .comHistoryRecords;

describe('calls steered by routing, over HTTP', () => {
  colleaguesTest(
    'an immediate forward: the forward target is offered the call, the forwarder never rings',
    async ({ alice, bruno, chloe }) => {
      const chloeEvents = await openEventStream(chloe, ['telephony']);
      await ok(
        bruno.send('POST', '/routing/forwardroute', {
          forwardRoute: { destinations: [{ type: 'NUMBER', number: '2003' }] },
        }),
      );
      const callRef = await call(alice, '2001', '2002');
      expect(await nextNamed(chloeEvents, 'OnCallCreated')).toMatchObject({
        callRef,
        cause: 'FORWARDED',
        callData: {
          initialCalled: { id: { phoneNumber: '2002' } },
          lastRedirecting: { id: { loginName: 'oxe2002' } },
        },
        participants: [{ participantId: '2001' }],
      });
      const brunoCalls = (await (await ok(bruno.send('GET', '/telephony/calls'))).json()) as {
        calls: unknown[];
      };
      expect(brunoCalls.calls).toEqual([]);
    },
  );

  colleaguesTest(
    'a forward on no answer: after the ring timeout the callee sees the call removed with FORWARDED',
    async ({ lab, alice, bruno, chloe }) => {
      const brunoEvents = await openEventStream(bruno, ['telephony']);
      await ok(
        bruno.send('POST', '/routing/forwardroute', {
          forwardRoute: { forwardType: 'NO_ANSWER', destinations: [{ type: 'NUMBER', number: '2003' }] },
        }),
      );
      const callRef = await call(alice, '2001', '2002');
      expect(await nextNamed(brunoEvents, 'OnCallCreated')).toMatchObject({ callRef });
      lab.clock.advanceSeconds(20);
      await ok(alice.send('GET', '/telephony/calls'));
      expect(await nextNamed(brunoEvents, 'OnCallRemoved')).toMatchObject({
        callRef,
        cause: 'FORWARDED',
        newDestination: '2003',
      });
      await ok(chloe.send('POST', `/telephony/calls/${callRef}/answer`, { deviceId: '2003' }));
      await ok(alice.send('DELETE', `/telephony/calls/${callRef}`));
      const [brunoRecord] = (await comlogOf(bruno)) as {
        participants: { reason?: string; answered?: boolean }[];
      }[];
      expect(brunoRecord?.participants).toContainEqual(expect.objectContaining({ reason: 'FORWARDED' }));
      const summary = (await (await ok(bruno.send('GET', '/eventSummary'))).json()) as {
        missedCallsNb: number;
      };
      expect(summary.missedCallsNb).toBe(1);
    },
  );

  colleaguesTest(
    'do not disturb: the request succeeds, the call ends for the caller with DO_NOT_DISTURB',
    async ({ alice, bruno }) => {
      const aliceEvents = await openEventStream(alice, ['telephony']);
      await ok(bruno.send('POST', '/routing/dnd'));
      const callRef = await call(alice, '2001', '2002');
      expect(await nextNamed(aliceEvents, 'OnCallCreated')).toMatchObject({
        callRef,
        callData: { state: 'DIALING' },
      });
      expect(await nextNamed(aliceEvents, 'OnCallRemoved')).toMatchObject({
        callRef,
        cause: 'DO_NOT_DISTURB',
      });
      expect(await comlogOf(bruno)).toHaveLength(1);
    },
  );

  colleaguesTest(
    'a busy set: 201, then the call ends with BUSY, in events and in both comlogs (BasicTelephony too)',
    async ({ lab, alice, bruno }) => {
      const aliceEvents = await openEventStream(alice, ['telephony']);
      await ok(
        fetch(`${lab.origin}/__sim/phones/2002/behaviour`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: '{"busy":true}',
        }),
      );
      const callRef = await call(alice, '2001', '2002');
      expect(await nextNamed(aliceEvents, 'OnCallRemoved')).toMatchObject({ callRef, cause: 'BUSY' });
      const basic = await alice.send('POST', '/telephony/basicCall', {
        deviceId: '2001',
        callee: '2002',
        autoAnswer: true,
      });
      expect(basic.status).toBe(201);
      expect(await nextNamed(aliceEvents, 'OnCallRemoved')).toMatchObject({ cause: 'BUSY' });
      expect(await comlogOf(alice)).toHaveLength(2);
      const [record] = (await comlogOf(bruno)) as { participants: { role: string; reason?: string }[] }[];
      expect(record?.participants).toContainEqual(
        expect.objectContaining({ role: 'CALLEE', reason: 'BUSY' }),
      );
    },
  );
});

describe('conference and hunting group, over HTTP', () => {
  colleaguesTest(
    'consults, merges into a three-party conference, lists and drops a participant',
    async ({ alice, bruno, chloe }) => {
      const brunoEvents = await openEventStream(bruno, ['telephony']);
      const aliceEvents = await openEventStream(alice, ['telephony']);
      const first = await call(alice, '2001', '2002');
      await ok(bruno.send('POST', `/telephony/calls/${first}/answer`, { deviceId: '2002' }));
      const enquiry = await call(alice, '2001', '2003');
      await ok(chloe.send('POST', `/telephony/calls/${enquiry}/answer`, { deviceId: '2003' }));
      await ok(alice.send('POST', `/telephony/calls/${enquiry}/merge`, { heldCallRef: first }));

      const participants = (await (
        await ok(alice.send('GET', `/telephony/calls/${enquiry}/participants`))
      ).json()) as {
        participants: { participantId: string; state: string }[];
      };
      expect(participants.participants.map((p) => [p.participantId, p.state])).toEqual([
        ['2003', 'ACTIVE'],
        ['2002', 'ACTIVE'],
      ]);
      const joined = await nextNamed(brunoEvents, 'OnCallModified', 'previousCallRef');
      expect(joined).toMatchObject({ callRef: enquiry, previousCallRef: first, cause: 'CONFERENCED' });
      // The merging user sees the surviving call modified (it replaces the held one), never the held one removed.
      const seenByAlice: Record<string, unknown>[] = [];
      while (seenByAlice.at(-1)?.previousCallRef === undefined)
        seenByAlice.push(...(await aliceEvents.take(1)));
      expect(seenByAlice.at(-1)).toMatchObject({
        eventName: 'OnCallModified',
        callRef: enquiry,
        previousCallRef: first,
        cause: 'CONFERENCED',
        addedParticipants: [expect.objectContaining({ participantId: '2002' })],
      });
      expect(seenByAlice.filter((line) => line.eventName === 'OnCallRemoved')).toEqual([]);

      expect((await alice.send('DELETE', `/telephony/calls/${enquiry}/participants/2003`)).status).toBe(204);
      const legs = (await (await ok(alice.send('GET', `/telephony/calls/${enquiry}/deviceLegs`))).json()) as {
        legs: { deviceId: string; state: string }[];
      };
      expect(legs.legs).toEqual([expect.objectContaining({ deviceId: '2001', state: 'ACTIVE' })]);
      const after = (await (await ok(alice.send('GET', `/telephony/calls/${enquiry}`))).json()) as {
        participants: { participantId: string }[];
      };
      expect(after.participants.map((p) => p.participantId)).toEqual(['2002']);
    },
  );

  colleaguesTest(
    'offers merge only while the user has one active and one held call',
    async ({ alice, bruno, chloe }) => {
      const capabilitiesOf = async (callRef: string) => {
        const view = (await (await ok(alice.send('GET', `/telephony/calls/${callRef}`))).json()) as {
          callData: { capabilities: Record<string, boolean> };
        };
        return view.callData.capabilities;
      };
      const first = await call(alice, '2001', '2002');
      await ok(bruno.send('POST', `/telephony/calls/${first}/answer`, { deviceId: '2002' }));
      expect(await capabilitiesOf(first)).toMatchObject({ transfer: true });
      expect((await capabilitiesOf(first)).merge).toBeUndefined();

      const enquiry = await call(alice, '2001', '2003');
      await ok(chloe.send('POST', `/telephony/calls/${enquiry}/answer`, { deviceId: '2003' }));
      expect((await capabilitiesOf(enquiry)).merge).toBe(true);
      expect((await capabilitiesOf(first)).merge).toBe(true);
    },
  );

  colleaguesTest(
    'rings the pilot 2100 on its first free member, and the next one once that member logs off',
    async ({ lab, alice, chloe }) => {
      const first = await call(alice, '2001', '2100');
      const chloeCalls = (await (await ok(chloe.send('GET', '/telephony/calls'))).json()) as {
        calls: { callRef: string }[];
      };
      expect(chloeCalls.calls.map((c) => c.callRef)).toEqual([first]);
      await ok(alice.send('DELETE', `/telephony/calls/${first}`));

      const chloeEvents = await openEventStream(chloe, ['telephony']);
      expect((await chloe.send('DELETE', '/telephony/huntingGroupLogOn')).status).toBe(204);
      const loggedOff = await nextNamed(chloeEvents, 'OnDynamicStateChanged');
      // A real O2G keeps the false value: the SDK reads `huntingGroupState.logon`.
      expect(loggedOff.huntingGroupState).toEqual({ logon: false });
      const status = (await (await ok(chloe.send('GET', '/telephony/huntingGroupLogOn'))).json()) as {
        logon: boolean;
      };
      expect(status.logon).toBe(false);
      const second = await call(alice, '2001', '2100');
      const david = await openTestSession(lab.origin, 'oxe2004', '2004');
      const davidCalls = (await (await ok(david.send('GET', '/telephony/calls'))).json()) as {
        calls: { callRef: string }[];
      };
      expect(davidCalls.calls.map((c) => c.callRef)).toEqual([second]);
    },
  );
});
