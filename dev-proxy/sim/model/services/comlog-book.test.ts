import { describe, expect, it } from 'vitest';
import type { PartyInfo } from '../../../../src/o2g/contract';
import { loadLab } from '../../labs/load-lab';
import type { CallEndedParty } from '../calls/call-types';
import { ManualClock } from '../clock';
import type { DomainEvent, DomainEventOf } from '../domain-events';
import { World } from '../world';

const T0 = Date.UTC(2026, 0, 15, 9, 30, 0);
const user = (n: string): PartyInfo => ({
  id: { loginName: `oxe${n}`, phoneNumber: n },
  type: { main: 'USER' },
});
const party = (
  role: 'CALLER' | 'CALLEE',
  n: string,
  answered: boolean,
  reason: CallEndedParty['reason'] = 'NORMAL',
): CallEndedParty => ({ role, kind: 'user', loginName: `oxe${n}`, identity: user(n), answered, reason });

/** A call from 2002 to 2001, answered or not. */
function callEnded(callRef: string, answered: boolean): DomainEventOf<'callEnded'> {
  return {
    type: 'callEnded',
    at: T0 + 30_000,
    callRef,
    initialCalled: { id: { phoneNumber: '2001' } },
    participants: [
      party('CALLER', '2002', answered),
      party('CALLEE', '2001', answered, answered ? 'NORMAL' : 'ABANDONED'),
    ],
    answered,
    startedAt: T0,
    ...(answered && { answeredAt: T0 + 5_000 }),
    endedAt: T0 + 30_000,
  };
}

function setup() {
  const world = new World(loadLab(), new ManualClock(T0 + 60_000));
  const published: DomainEvent[] = [];
  world.events.subscribe((event) => published.push(event));
  return { world, comlog: world.userServices.comlog, published };
}

describe('the communication log', () => {
  it('writes one record per lab user of an ended call, each seeing itself in full', () => {
    const { world, comlog, published } = setup();
    world.events.publish([callEnded('00000000000000a1', true)]);
    const [own] = comlog.query('oxe2001');
    expect(own?.record).toMatchObject({
      comRef: '00000000000000a1',
      acknowledged: true,
      beginDate: '2026-01-15T09:30:00.000Z',
      convDate: '2026-01-15T09:30:05.000Z',
      endDate: '2026-01-15T09:30:30.000Z',
    });
    expect(typeof own?.record.recordId).toBe('number');
    expect(own?.record.participants[1]?.identity).toMatchObject({ firstName: 'Alice', lastName: 'Martin' });
    expect(comlog.query('oxe2002')).toHaveLength(1);
    expect(
      published
        .filter((e) => e.type === 'comRecordCreated')
        .map((e) => e.type === 'comRecordCreated' && e.loginName),
    ).toEqual(['oxe2002', 'oxe2001']);
    // An answered call misses nothing.
    expect(published.some((e) => e.type === 'eventSummaryChanged')).toBe(false);
  });

  it('counts a missed call until it is acknowledged, and again when unacknowledged', () => {
    const { world, comlog, published } = setup();
    world.events.publish([callEnded('00000000000000b1', false), callEnded('00000000000000b2', false)]);
    expect(world.userServices.eventSummary('oxe2001')).toMatchObject({
      missedCallsNb: 2,
      eventWaiting: true,
    });
    expect(world.userServices.eventSummary('oxe2002').missedCallsNb).toBe(0);
    const ids = comlog.query('oxe2001').map((s) => s.record.recordId);

    const ack = comlog.acknowledge('oxe2001', [ids[0] ?? 0, 999], true);
    expect(ack.result).toEqual([ids[0]]);
    expect(ack.events).toMatchObject([
      { type: 'comRecordsAcknowledged', recordIds: [ids[0]], acknowledged: true },
      { type: 'eventSummaryChanged', eventSummary: { missedCallsNb: 1 } },
    ]);
    expect(comlog.acknowledge('oxe2001', [ids[0] ?? 0], true).events).toEqual([]);
    expect(comlog.acknowledge('oxe2001', [ids[0] ?? 0], false).events[1]).toMatchObject({
      eventSummary: { missedCallsNb: 2 },
    });
    expect(published.filter((e) => e.type === 'eventSummaryChanged')).toHaveLength(2);
  });

  it.each([
    ['unanswered', { unanswered: true }, ['00000000000000c1']],
    ['role CALLEE', { role: 'CALLEE' as const }, ['00000000000000c1', '00000000000000c2']],
    ['comRef', { comRef: '00000000000000c2' }, ['00000000000000c2']],
    ['remote party by login', { remotePartyId: 'oxe2002' }, ['00000000000000c1', '00000000000000c2']],
    ['remote party by number', { remotePartyId: '2003' }, []],
    ['afterDate', { afterDate: T0 + 1 }, []],
    ['beforeDate', { beforeDate: T0 }, ['00000000000000c1', '00000000000000c2']],
  ])('filters by %s', (_what, filter, comRefs) => {
    const { world, comlog } = setup();
    world.events.publish([callEnded('00000000000000c2', true), callEnded('00000000000000c1', false)]);
    expect(comlog.query('oxe2001', filter).map((s) => s.record.comRef)).toEqual(comRefs);
  });

  it('deletes by id, by filter and all, saying which ids went (none listed for all)', () => {
    const { world, comlog } = setup();
    world.events.publish([
      callEnded('00000000000000d1', false),
      callEnded('00000000000000d2', true),
      callEnded('00000000000000d3', true),
    ]);
    const [newest] = comlog.query('oxe2001');
    const byId = comlog.delete('oxe2001', { ids: [newest?.record.recordId ?? 0] });
    expect(byId.events).toMatchObject([{ type: 'comRecordsDeleted', recordIds: [newest?.record.recordId] }]);
    const byFilter = comlog.delete('oxe2001', { filter: { unanswered: true } });
    expect(byFilter.events.map((e) => e.type)).toEqual(['comRecordsDeleted', 'eventSummaryChanged']);
    const all = comlog.delete('oxe2001', 'all');
    expect(all).toMatchObject({ result: 1, events: [{ type: 'comRecordsDeleted', recordIds: undefined }] });
    expect(comlog.delete('oxe2001', 'all')).toEqual({ result: 0, events: [] });
  });

  it('keeps at most 100 records per user, newest first', () => {
    const { world, comlog } = setup();
    world.events.publish(
      Array.from({ length: 105 }, (_, i) => callEnded(i.toString(16).padStart(16, '0'), true)),
    );
    const records = comlog.query('oxe2001');
    expect(records).toHaveLength(100);
    expect(records[0]?.record.comRef).toBe((104).toString(16).padStart(16, '0'));
  });
});
