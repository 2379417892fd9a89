// A trunk loopback call (91 XX YYY + extension) is transferred on one side: whoever stays on the far
// side of the trunk goes on seeing the trunk's number, never the internal user who took the call over;
// the user who took it over sees the external party. Over HTTP, as a client reads its calls.
import { describe, expect } from 'vitest';
import { callRefOf, type TestSession } from '../testing/o2g-session';
import { colleaguesTest } from '../testing/lab-fixtures';
import { ok } from '../testing/three-colleagues';

const call = async (from: TestSession, deviceId: string, callee: string) =>
  callRefOf(await ok(from.send('POST', '/telephony/calls', { deviceId, callee, autoAnswer: true })));

const answer = (who: TestSession, callRef: string, deviceId: string) =>
  ok(who.send('POST', `/telephony/calls/${callRef}/answer`, { deviceId }));

interface Participant {
  participantId: string;
  identity: { id: { loginName?: string; phoneNumber?: string }; type?: { main?: string } };
}

/** Who a user's only call is with, as its client reads it. */
async function otherSideOf(who: TestSession): Promise<Participant[]> {
  const { calls } = (await (await ok(who.send('GET', '/telephony/calls'))).json()) as {
    calls: { participants: Participant[] }[];
  };
  expect(calls).toHaveLength(1);
  return calls[0]?.participants ?? [];
}

const external = (phoneNumber: string): unknown => ({
  participantId: phoneNumber,
  identity: { id: { phoneNumber }, type: expect.objectContaining({ main: 'EXTERNAL' }) as unknown },
});

describe('a transferred trunk loopback call', () => {
  colleaguesTest(
    'the callee transfers it: the caller still sees the trunk, the new callee sees the caller as external',
    async ({ alice, bruno, chloe }) => {
      const trunk = await call(alice, '2001', '91123452003');
      await answer(chloe, trunk, '2003');
      const enquiry = await call(chloe, '2003', '2002');
      await answer(bruno, enquiry, '2002');
      await ok(chloe.send('POST', `/telephony/calls/${enquiry}/transfer`, { heldCallRef: trunk }));

      expect(await otherSideOf(alice)).toEqual([expect.objectContaining(external('91123452003'))]);
      expect(await otherSideOf(bruno)).toEqual([expect.objectContaining(external('91123452001'))]);
    },
  );

  colleaguesTest(
    'the caller transfers it: the callee still sees the trunk, the new party sees the callee as external',
    async ({ alice, bruno, chloe }) => {
      const trunk = await call(alice, '2001', '91123452003');
      await answer(chloe, trunk, '2003');
      const enquiry = await call(alice, '2001', '2002');
      await answer(bruno, enquiry, '2002');
      await ok(alice.send('POST', `/telephony/calls/${enquiry}/transfer`, { heldCallRef: trunk }));

      expect(await otherSideOf(chloe)).toEqual([expect.objectContaining(external('91123452001'))]);
      expect(await otherSideOf(bruno)).toEqual([expect.objectContaining(external('91123452003'))]);
    },
  );

  colleaguesTest(
    'a blind transfer: the party left on the trunk sees the trunk’s number ringing, not the new callee',
    async ({ alice, bruno, chloe }) => {
      const trunk = await call(alice, '2001', '91123452003');
      await answer(chloe, trunk, '2003');
      await ok(
        chloe.send('POST', `/telephony/calls/${trunk}/blindtransfer`, {
          transferTo: '2002',
          anonymous: false,
        }),
      );

      expect(await otherSideOf(alice)).toEqual([expect.objectContaining(external('91123452003'))]);
      expect(await otherSideOf(bruno)).toEqual([expect.objectContaining(external('91123452001'))]);
    },
  );

  colleaguesTest(
    'an internal transfer still shows the internal user who took the call',
    async ({ alice, bruno, chloe }) => {
      const first = await call(alice, '2001', '2003');
      await answer(chloe, first, '2003');
      const enquiry = await call(chloe, '2003', '2002');
      await answer(bruno, enquiry, '2002');
      await ok(chloe.send('POST', `/telephony/calls/${enquiry}/transfer`, { heldCallRef: first }));
      const [seen] = await otherSideOf(alice);
      expect(seen?.identity).toMatchObject({
        id: { loginName: 'oxe2002', phoneNumber: '2002' },
        type: { main: 'USER' },
      });
    },
  );
});
