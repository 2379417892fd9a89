import { describe, expect } from 'vitest';
import {
  comRecordQueryResultSchema,
  comRecordSchema,
  onComRecordChangedSchema,
  type PartyInfo,
} from '../../../src/o2g/contract';
import type { DomainEventOf } from '../model/domain-events';
import { openTestSession, type TestSession } from '../testing/o2g-session';
import { aliceTest } from '../testing/lab-fixtures';
import { expectO2gError, openEventStream, type ServicesLab } from '../testing/services-lab';

const user = (n: string): PartyInfo => ({
  id: { loginName: `oxe${n}`, phoneNumber: n },
  type: { main: 'USER' },
});

/** What telephony publishes when 2002's call to 2001 ends; unanswered, it is a missed call for 2001. */
function callEnded(lab: ServicesLab, callRef: string, answered: boolean) {
  const now = lab.clock.now();
  const event: DomainEventOf<'callEnded'> = {
    type: 'callEnded',
    at: now,
    callRef,
    initialCalled: { id: { phoneNumber: '2001' } },
    participants: [
      {
        role: 'CALLER',
        kind: 'user',
        loginName: 'oxe2002',
        identity: user('2002'),
        answered,
        reason: 'NORMAL',
      },
      {
        role: 'CALLEE',
        kind: 'user',
        loginName: 'oxe2001',
        identity: user('2001'),
        answered,
        reason: answered ? 'NORMAL' : 'ABANDONED',
      },
    ],
    answered,
    startedAt: now - 20_000,
    ...(answered && { answeredAt: now - 15_000 }),
    endedAt: now,
  };
  lab.world.events.publish([event]);
}

const records = async (session: TestSession, query = '') => {
  const response = await session.send('GET', `/comlog/records${query}`);
  expect(response.status).toBe(200);
  return comRecordQueryResultSchema.parse(await response.json());
};

describe('the comlog over HTTP', () => {
  aliceTest(
    'records an ended call, raises the missed calls, acknowledges and deletes, with unifiedComLog events',
    async ({ lab, alice }) => {
      const stream = await openEventStream(alice, ['unifiedComLog', 'eventSummary']);
      callEnded(lab, 'a6aaea5b21000700', false);

      const [created, summary] = await stream.take(2);
      const record = onComRecordChangedSchema.parse(created).record;
      expect(record).toMatchObject({
        comRef: 'a6aaea5b21000700',
        acknowledged: false,
        participants: [{ role: 'CALLER' }, { role: 'CALLEE', answered: false }],
      });
      expect(record.convDate).toBeUndefined();
      expect(summary).toMatchObject({
        eventName: 'OnEventSummaryUpdated',
        eventSummary: { missedCallsNb: 1 },
      });

      const page = await records(alice, '?unanswered=true&role=CALLEE');
      expect(page).toMatchObject({ offset: 0, totalCount: 1 });
      expect(page.comHistoryRecords[0]?.recordId).toBe(record.recordId);
      expect(
        comRecordSchema.parse(await (await alice.send('GET', `/comlog/records/${record.recordId}`)).json())
          .comRef,
      ).toBe('a6aaea5b21000700');

      // The node SDK sends the ids as strings.
      expect(
        (
          await alice.send('PUT', '/comlog/records?acknowledge=true', {
            recordIds: [String(record.recordId)],
          })
        ).status,
      ).toBe(204);
      const [acked, modified, counters] = await stream.take(3);
      expect(acked).toEqual({
        eventName: 'OnComRecordsAck',
        loginName: 'oxe2001',
        recordIds: [record.recordId],
      });
      expect(modified).toMatchObject({ eventName: 'OnComRecordModified', loginName: 'oxe2001' });
      expect(onComRecordChangedSchema.parse(modified).record).toEqual({ ...record, acknowledged: true });
      expect(counters).toMatchObject({
        eventName: 'OnEventSummaryUpdated',
        eventSummary: { missedCallsNb: 0 },
      });
      expect(
        (await alice.send('PUT', '/comlog/records?acknowledge=false', { recordIds: [record.recordId] }))
          .status,
      ).toBe(204);
      const [unacked, unackedRecord] = await stream.take(3);
      expect(unacked).toEqual({
        eventName: 'OnComRecordsUnAck',
        loginName: 'oxe2001',
        recordIds: [record.recordId],
      });
      expect(unackedRecord).toMatchObject({
        eventName: 'OnComRecordModified',
        record: { recordId: record.recordId },
      });

      expect(
        (await alice.send('DELETE', `/comlog/records?recordIdList=${record.recordId}%2C999`)).status,
      ).toBe(204);
      expect((await stream.take(1))[0]).toEqual({
        eventName: 'OnComRecordsDeleted',
        loginName: 'oxe2001',
        recordIds: [record.recordId],
      });
      expect((await records(alice)).totalCount).toBe(0);
      await stream.close();
    },
  );

  aliceTest(
    'pages newest first, and optimized answers repeat a party by number only',
    async ({ lab, alice }) => {
      callEnded(lab, '0000000000000001', true);
      callEnded(lab, '0000000000000002', true);
      callEnded(lab, '0000000000000003', false);
      const page = await records(alice, '?offset=1&limit=1');
      expect(page).toMatchObject({ offset: 1, limit: 1, totalCount: 3 });
      expect(page.comHistoryRecords.map((r) => r.comRef)).toEqual(['0000000000000002']);
      const optimized = await records(alice, '?optimized=true');
      expect(optimized.comHistoryRecords[0]?.participants[0]?.identity).toEqual(user('2002'));
      expect(optimized.comHistoryRecords[1]?.participants[0]?.identity).toEqual({
        id: { phoneNumber: '2002' },
      });
      expect(
        (await records(alice, `?afterDate=${encodeURIComponent(new Date(lab.clock.now()).toISOString())}`))
          .totalCount,
      ).toBe(0);
    },
  );

  aliceTest(
    'clears the whole log on a DELETE without filter, and lets an administrator read it with ?loginName=',
    async ({ lab, alice }) => {
      callEnded(lab, '0000000000000001', false);
      const admin = await openTestSession(lab.origin, 'admin', 'admin');
      expect(
        (await records(admin, '?loginName=oxe2002')).comHistoryRecords[0]?.participants[0]?.identity
          .firstName,
      ).toBe('Bruno');
      expect((await alice.send('DELETE', '/comlog/records')).status).toBe(204);
      expect((await records(alice)).totalCount).toBe(0);
      expect((await records(admin, '?loginName=oxe2002')).totalCount).toBe(1);
    },
  );

  aliceTest.for([
    ['an unknown record', 'GET', '/comlog/records/999', undefined, 404],
    ['a record id that is not a number', 'GET', '/comlog/records/abc', undefined, 400],
    ['deleting an unknown record', 'DELETE', '/comlog/records/999', undefined, 404],
    ['a bad role', 'GET', '/comlog/records?role=BOSS', undefined, 400],
    ['a bad date', 'GET', '/comlog/records?afterDate=yesterday', undefined, 400],
    ['a bad recordIdList', 'DELETE', '/comlog/records?recordIdList=1;2', undefined, 400],
    ['an acknowledge without its flag', 'PUT', '/comlog/records', { recordIds: [1] }, 400],
    ['ids of the wrong type', 'PUT', '/comlog/records?acknowledge=true', { recordIds: [true] }, 400],
    ['malformed JSON', 'PUT', '/comlog/records?acknowledge=true', '{"recordIds":[', 400],
  ] as const)(
    'refuses %s and changes nothing',
    async ([_what, method, path, body, status], { lab, alice }) => {
      callEnded(lab, '0000000000000001', false);
      await expectO2gError(await alice.send(method, path, body), status);
      expect((await records(alice)).comHistoryRecords.map((r) => r.acknowledged)).toEqual([false]);
    },
  );
});
