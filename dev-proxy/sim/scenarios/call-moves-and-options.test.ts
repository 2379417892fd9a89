// End to end over HTTP with plain fetch, in the node SDK's request shapes (telephony-rest.ts): a call
// moved to a set that is out of service fails instead of being refused, a transferred call names the
// call replacing it, the merge capability is announced when it appears, and the make-call options
// (private, business, ACD) are checked as an OXE without a call center checks them.
import { describe, expect } from 'vitest';
import { callRefOf, type TestSession } from '../testing/o2g-session';
import { colleaguesTest } from '../testing/lab-fixtures';
import { ok } from '../testing/three-colleagues';
import { expectO2gError, openEventStream, type ServicesLab } from '../testing/services-lab';
import type { EventStreamReader } from '../testing/event-stream';

async function call(from: TestSession, deviceId: string, callee: string): Promise<string> {
  return callRefOf(await ok(from.send('POST', '/telephony/calls', { deviceId, callee, autoAnswer: true })));
}

const outOfService = (lab: ServicesLab, phone: string) =>
  ok(
    fetch(`${lab.origin}/__sim/phones/${phone}/behaviour`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"outOfService":true}',
    }),
  );

/** The next event of a name (on a call and with a field, if given), skipping others. */
async function nextNamed(stream: EventStreamReader, eventName: string, callRef?: string, field?: string) {
  for (;;) {
    const [line] = await stream.take(1);
    if (
      line?.eventName === eventName &&
      (callRef === undefined || line.callRef === callRef) &&
      (field === undefined || line[field] !== undefined)
    )
      return line;
  }
}

describe('moving a call to a set that is out of service, over HTTP', () => {
  colleaguesTest(
    'redirect: 204, the redirecting user leaves, the caller’s call ends with DESTINATION_NOT_OBTAINABLE',
    async ({ lab, alice, bruno }) => {
      const aliceEvents = await openEventStream(alice, ['telephony']);
      const brunoEvents = await openEventStream(bruno, ['telephony']);
      await outOfService(lab, '2004');
      const callRef = await call(alice, '2001', '2002');
      const redirect = await bruno.send('POST', `/telephony/calls/${callRef}/redirect`, {
        redirectTo: '2004',
        anonymous: false,
      });
      expect(redirect.status).toBe(204);
      expect(await nextNamed(brunoEvents, 'OnCallRemoved', callRef)).toMatchObject({ cause: 'REDIRECTED' });
      expect(await nextNamed(aliceEvents, 'OnCallRemoved', callRef)).toMatchObject({
        cause: 'DESTINATION_NOT_OBTAINABLE',
      });
    },
  );

  colleaguesTest(
    'blind transfer: 204, the transferred party’s call ends with DESTINATION_NOT_OBTAINABLE',
    async ({ lab, alice, bruno }) => {
      const brunoEvents = await openEventStream(bruno, ['telephony']);
      await outOfService(lab, '2004');
      const callRef = await call(alice, '2001', '2002');
      await ok(bruno.send('POST', `/telephony/calls/${callRef}/answer`, { deviceId: '2002' }));
      const transfer = await alice.send('POST', `/telephony/calls/${callRef}/blindtransfer`, {
        transferTo: '2004',
        anonymous: false,
      });
      expect(transfer.status).toBe(204);
      expect(await nextNamed(brunoEvents, 'OnCallRemoved', callRef)).toMatchObject({
        cause: 'DESTINATION_NOT_OBTAINABLE',
      });
      const { calls } = (await (await ok(bruno.send('GET', '/telephony/calls'))).json()) as { calls: [] };
      expect(calls).toEqual([]);
    },
  );

  colleaguesTest(
    'a consultation call and a BasicTelephony call to it: 201, then DESTINATION_NOT_OBTAINABLE',
    async ({ lab, alice, bruno }) => {
      const aliceEvents = await openEventStream(alice, ['telephony']);
      await outOfService(lab, '2004');
      const first = await call(alice, '2001', '2002');
      await ok(bruno.send('POST', `/telephony/calls/${first}/answer`, { deviceId: '2002' }));
      const enquiry = await call(alice, '2001', '2004');
      expect(await nextNamed(aliceEvents, 'OnCallRemoved', enquiry)).toMatchObject({
        cause: 'DESTINATION_NOT_OBTAINABLE',
      });
      // BasicTelephony leaves the call the user is in (the held one), then calls the set out of service.
      await ok(alice.send('POST', '/telephony/basicCall/dropme'));
      await nextNamed(aliceEvents, 'OnCallRemoved', first);
      const basic = await alice.send('POST', '/telephony/basicCall', {
        deviceId: '2001',
        callee: '2004',
        autoAnswer: true,
      });
      expect(basic.status).toBe(201);
      const removed = await nextNamed(aliceEvents, 'OnCallRemoved');
      expect(removed).toMatchObject({ cause: 'DESTINATION_NOT_OBTAINABLE' });
      expect(removed.callRef).not.toBe(first);
    },
  );

  colleaguesTest(
    'a number outside the dial plan is still refused, as a make-call to it is',
    async ({ alice, bruno }) => {
      const callRef = await call(alice, '2001', '2002');
      const redirect = await bruno.send('POST', `/telephony/calls/${callRef}/redirect`, {
        redirectTo: '7777',
        anonymous: false,
      });
      expect((await expectO2gError(redirect, 400)).telephony?.errorCause).toBe('INVALID_DESTINATION');
    },
  );
});

describe('calls replaced and capabilities announced, over HTTP', () => {
  colleaguesTest(
    'transfer: the held party sees its call modified with replacedByCallRef, then the new one with previousCallRef',
    async ({ alice, bruno, chloe }) => {
      const first = await call(alice, '2001', '2002');
      await ok(bruno.send('POST', `/telephony/calls/${first}/answer`, { deviceId: '2002' }));
      const brunoEvents = await openEventStream(bruno, ['telephony']);
      const second = await call(alice, '2001', '2003');
      await ok(chloe.send('POST', `/telephony/calls/${second}/answer`, { deviceId: '2003' }));
      await ok(alice.send('POST', `/telephony/calls/${second}/transfer`, { heldCallRef: first }));
      const replaced = await nextNamed(brunoEvents, 'OnCallModified', first, 'replacedByCallRef');
      expect(replaced).toMatchObject({ cause: 'TRANSFERRED', replacedByCallRef: second });
      expect(await nextNamed(brunoEvents, 'OnCallModified', second)).toMatchObject({
        previousCallRef: first,
      });
    },
  );

  colleaguesTest(
    'merge: when the enquiry is answered, the held call is modified to offer merge',
    async ({ alice, bruno, chloe }) => {
      const first = await call(alice, '2001', '2002');
      await ok(bruno.send('POST', `/telephony/calls/${first}/answer`, { deviceId: '2002' }));
      const second = await call(alice, '2001', '2003');
      const aliceEvents = await openEventStream(alice, ['telephony']);
      await ok(chloe.send('POST', `/telephony/calls/${second}/answer`, { deviceId: '2003' }));
      const held = await nextNamed(aliceEvents, 'OnCallModified', first);
      expect(held).toMatchObject({ callData: { state: 'HELD', capabilities: { merge: true } } });
      await ok(chloe.send('DELETE', `/telephony/calls/${second}`));
      // Without its partner call the held call offers no merge (a false capability is left out).
      const alone = await nextNamed(aliceEvents, 'OnCallModified', first);
      expect(alone).toMatchObject({ callData: { state: 'HELD', capabilities: { transfer: true } } });
      expect(alone).not.toHaveProperty('callData.capabilities.merge');
    },
  );
});

describe('make-call options, over HTTP', () => {
  colleaguesTest(
    'a private call needs the set’s PIN: the right one calls, a wrong one is a 400',
    async ({ alice }) => {
      const wrong = await alice.send('POST', '/telephony/calls', {
        deviceId: '2001',
        callee: '2002',
        pin: '9999',
      });
      const error = await expectO2gError(wrong, 400);
      expect(error.telephony).toMatchObject({ errorType: 'BAD_PARAMETER_VALUE', errorCause: 'INVALID_DATA' });
      expect(await alice.send('GET', '/telephony/calls').then((r) => r.json())).toEqual({ calls: [] });
      await ok(
        alice.send('PUT', '/users/oxe2001/devices/2001/pin', {
          Pin_Number: '4321',
          With_Secret_Code: true,
          Pin_Type_Of_Control: 'PIN_Category',
          Pin_Group: 0,
        }),
      );
      const noSecret = await alice.send('POST', '/telephony/calls', {
        deviceId: '2001',
        callee: '2002',
        pin: '4321',
      });
      await expectO2gError(noSecret, 400);
      const made = await alice.send('POST', '/telephony/calls', {
        deviceId: '2001',
        callee: '2002',
        pin: '4321',
        secretCode: '1357',
      });
      expect(made.status).toBe(201);
    },
  );

  colleaguesTest(
    'a business call carries digits; letters, or a pin as well, are a 400',
    async ({ alice }) => {
      const made = await alice.send('POST', '/telephony/calls', {
        deviceId: '2001',
        callee: '2002',
        businessCode: '4711',
      });
      expect(made.status).toBe(201);
      await ok(alice.send('DELETE', `/telephony/calls/${callRefOf(made)}`));
      for (const extra of [
        { businessCode: 'B42' },
        { businessCode: '4711', pin: '0000' },
        { secretCode: '1' },
      ]) {
        const refused = await alice.send('POST', '/telephony/calls', {
          deviceId: '2001',
          callee: '2002',
          ...extra,
        });
        await expectO2gError(refused, 400);
      }
    },
  );

  colleaguesTest(
    'ACD calls: a supervisor call and a supervised transfer are refused 403 SERVICE_NOT_PROVIDED',
    async ({ alice }) => {
      const supervisor = await alice.send('POST', '/telephony/calls', {
        deviceId: '2001',
        autoAnswer: true,
        acdCall: { callToSupervisor: true },
      });
      expect((await expectO2gError(supervisor, 403)).telephony?.errorType).toBe('SERVICE_NOT_PROVIDED');
      const transfer = await alice.send('POST', '/telephony/calls', {
        deviceId: '2001',
        callee: '2100',
        hexaBinaryAssociatedData: '01ff',
        acdCall: {
          supervisedTransfer: true,
          skills: { skills: [{ skillNumber: 3, acrStatus: true, expertEvalLevel: 2 }] },
        },
      });
      expect((await expectO2gError(transfer, 403)).telephony?.errorType).toBe('SERVICE_NOT_PROVIDED');
      // The device is checked first, and a malformed acdCall is the client's mistake.
      await expectO2gError(
        await alice.send('POST', '/telephony/calls', {
          deviceId: '2002',
          acdCall: { callToSupervisor: true },
        }),
        403,
      );
      await expectO2gError(
        await alice.send('POST', '/telephony/calls', { deviceId: '2001', acdCall: 'yes' }),
        400,
      );
      expect(await alice.send('GET', '/telephony/calls').then((r) => r.json())).toEqual({ calls: [] });
    },
  );
});
