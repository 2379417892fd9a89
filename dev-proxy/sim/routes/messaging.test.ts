import { describe, expect } from 'vitest';
import {
  eventSummarySchema,
  mailboxInfoSchema,
  mailboxListSchema,
  onEventSummaryUpdatedSchema,
  voiceMessageListSchema,
} from '../../../src/o2g/contract';
import { openTestSession } from '../testing/o2g-session';
import { aliceTest } from '../testing/lab-fixtures';
import { expectO2gError, openEventStream, type ServicesLab } from '../testing/services-lab';

/** What telephony publishes when a caller hangs up after leaving a message. */
function deposit(lab: ServicesLab, durationSeconds: number, callerNumber = '2002') {
  lab.world.events.publish([
    {
      type: 'voicemailDeposited',
      at: lab.clock.now(),
      mailboxLoginName: 'oxe2001',
      callerNumber,
      external: false,
      durationSeconds,
    },
  ]);
}

const json = async (response: Response) => {
  expect(response.status).toBe(200);
  return (await response.json()) as unknown;
};

describe('voicemail over HTTP', () => {
  aliceTest(
    'goes deposit → counters → OnEventSummaryUpdated → list → WAV → read → delete',
    async ({ lab, alice }) => {
      const stream = await openEventStream(alice, ['eventSummary']);
      deposit(lab, 3);

      const [updated] = await stream.take(1);
      expect(onEventSummaryUpdatedSchema.parse(updated)).toMatchObject({
        loginName: 'oxe2001',
        eventSummary: { voiceMessagesNb: 1, eventWaiting: true },
      });
      expect(eventSummarySchema.parse(await json(await alice.send('GET', '/eventSummary')))).toEqual({
        missedCallsNb: 0,
        voiceMessagesNb: 1,
        callBackRequestsNb: 0,
        faxNb: 0,
        newTextNb: 0,
        oldTextNb: 0,
        eventWaiting: true,
      });

      const { mailboxes } = mailboxListSchema.parse(
        await json(await alice.send('GET', '/messaging/mailboxes')),
      );
      expect(mailboxes).toHaveLength(1);
      expect(mailboxes[0]).toMatchObject({
        id: '2001',
        name: 'Alice Martin',
        capabilities: { listMessages: true, getMessages: true, play: false },
      });
      expect(
        mailboxInfoSchema.parse(
          await json(await alice.send('POST', '/messaging/mailboxes/2001', { password: '1234' })),
        ),
      ).toMatchObject({ totalVoiceMsg: 1, newVoiceMsg: 1 });

      const { voicemails } = voiceMessageListSchema.parse(
        await json(await alice.send('GET', '/messaging/mailboxes/2001/voicemails?newOnly=true')),
      );
      expect(voicemails).toHaveLength(1);
      const [message] = voicemails;
      expect(message).toMatchObject({
        duration: 3,
        unread: true,
        date: '2026-01-15T09:30:00.000Z',
        from: { id: { loginName: 'oxe2002', phoneNumber: '2002' } },
      });

      const download = await alice.send(
        'GET',
        `/messaging/mailboxes/2001/voicemails/${message?.voicemailId}`,
      );
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('audio/wav');
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="${message?.voicemailId}.wav"`,
      );
      const wav = Buffer.from(await download.arrayBuffer());
      expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
      expect(wav.toString('ascii', 8, 12)).toBe('WAVE');
      expect(wav.readUInt32LE(40)).toBe(3 * 8000 * 2);
      expect(wav.length).toBe(44 + 3 * 8000 * 2);

      const [read] = await stream.take(1);
      expect(read).toMatchObject({
        eventName: 'OnEventSummaryUpdated',
        eventSummary: { voiceMessagesNb: 0 },
      });
      expect(
        voiceMessageListSchema.parse(
          await json(await alice.send('GET', '/messaging/mailboxes/2001/voicemails')),
        ).voicemails[0]?.unread,
      ).toBe(false);

      expect(
        (await alice.send('DELETE', `/messaging/mailboxes/2001/voicemails/${message?.voicemailId}`)).status,
      ).toBe(204);
      expect(
        voiceMessageListSchema.parse(
          await json(await alice.send('GET', '/messaging/mailboxes/2001/voicemails')),
        ).voicemails,
      ).toEqual([]);
      await stream.close();
    },
  );

  aliceTest(
    'marks a message read with the node SDK’s Range GET, answering the 2 bytes asked for',
    async ({ lab, alice }) => {
      deposit(lab, 2);
      const [message] = lab.world.userServices.mailboxes.list('oxe2001', '2001');
      const response = await fetch(
        `${alice.baseUrl}/messaging/mailboxes/2001/voicemails/${message?.voicemailId}`,
        {
          headers: { Cookie: alice.cookie, Range: 'bytes=0-1' },
        },
      );
      expect(response.status).toBe(206);
      expect(response.headers.get('content-range')).toBe(`bytes 0-1/${44 + 2 * 16000}`);
      expect(Buffer.from(await response.arrayBuffer()).toString('ascii')).toBe('RI');
      expect(lab.world.userServices.eventSummary('oxe2001').voiceMessagesNb).toBe(0);
    },
  );

  aliceTest(
    'deletes several messages by a ;-separated msgIds, ignoring unknown ids',
    async ({ lab, alice }) => {
      deposit(lab, 2);
      deposit(lab, 4);
      deposit(lab, 6);
      const ids = lab.world.userServices.mailboxes.list('oxe2001', '2001').map((m) => m.voicemailId);
      const response = await alice.send(
        'DELETE',
        `/messaging/mailboxes/2001/voicemails?msgIds=${encodeURIComponent(`${ids[0]};${ids[2]};nope`)}`,
      );
      expect(response.status).toBe(204);
      expect(lab.world.userServices.mailboxes.list('oxe2001', '2001').map((m) => m.voicemailId)).toEqual([
        ids[1],
      ]);
    },
  );

  aliceTest(
    'lets an administrator act with ?loginName= and answers a user without voicemail an empty list',
    async ({ lab, alice }) => {
      deposit(lab, 2);
      const admin = await openTestSession(lab.origin, 'admin', 'admin');
      await expectO2gError(await admin.send('GET', '/messaging/mailboxes'), 400);
      const list = voiceMessageListSchema.parse(
        await json(
          await admin.send('GET', '/messaging/mailboxes/2001/voicemails?loginName=oxe2001&offset=0&limit=10'),
        ),
      );
      expect(list.voicemails).toHaveLength(1);
      const chloe = await openTestSession(lab.origin, 'oxe2003', '2003');
      expect(await json(await chloe.send('GET', '/messaging/mailboxes'))).toEqual({ mailboxes: [] });
      await expectO2gError(await chloe.send('POST', '/messaging/mailboxes/2003?withUserPwd'), 404);
      expect(await json(await alice.send('POST', '/messaging/mailboxes/2001?withUserPwd'))).toMatchObject({
        totalVoiceMsg: 1,
      });
    },
  );

  aliceTest.for([
    ['a wrong mailbox password', 'POST', '/messaging/mailboxes/2001', { password: '9999' }, 403],
    ['a connect without body nor withUserPwd', 'POST', '/messaging/mailboxes/2001', undefined, 400],
    ['malformed JSON', 'POST', '/messaging/mailboxes/2001', '{"password":', 400],
    ['a password of the wrong type', 'POST', '/messaging/mailboxes/2001', { password: 1234 }, 400],
    ['another user’s mailbox', 'GET', '/messaging/mailboxes/2002/voicemails', undefined, 404],
    ['a bad limit', 'GET', '/messaging/mailboxes/2001/voicemails?limit=-1', undefined, 400],
    ['a bad newOnly', 'GET', '/messaging/mailboxes/2001/voicemails?newOnly=maybe', undefined, 400],
    ['an unknown message', 'GET', '/messaging/mailboxes/2001/voicemails/nope', undefined, 404],
    ['deleting an unknown message', 'DELETE', '/messaging/mailboxes/2001/voicemails/nope', undefined, 404],
  ] as const)(
    'refuses %s with an O2G error and changes nothing',
    async ([_what, method, path, body, status], { lab, alice }) => {
      deposit(lab, 2);
      await expectO2gError(await alice.send(method, path, body), status);
      expect(lab.world.userServices.mailboxes.list('oxe2001', '2001').map((m) => m.unread)).toEqual([true]);
    },
  );

  aliceTest('answers 416 to a range past the end', async ({ lab, alice }) => {
    deposit(lab, 1);
    const [message] = lab.world.userServices.mailboxes.list('oxe2001', '2001');
    const response = await fetch(
      `${alice.baseUrl}/messaging/mailboxes/2001/voicemails/${message?.voicemailId}`,
      {
        headers: { Cookie: alice.cookie, Range: 'bytes=999999-' },
      },
    );
    await expectO2gError(response, 416);
  });
});
