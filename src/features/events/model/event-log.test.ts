import { describe, expect, it } from 'vitest';
import { createEventLog } from './event-log';
import { eventsToNdjson } from './export-events';

describe('the event log', () => {
  it('keeps events in order with their package, login and call, and tells listeners once per burst', async () => {
    let time = 1000;
    const log = createEventLog(10, () => time++);
    let changes = 0;
    log.subscribe(() => changes++);
    log.add({ eventName: 'OnCallCreated', loginName: 'oxe2001', callRef: 'c1' });
    log.add({ eventName: 'OnRoutingStateChanged', loginName: 'oxe2002' });
    log.add({ eventName: 'OnBrandNew' });
    const { entries } = log.snapshot();
    expect(
      entries.map(({ seq, receivedAt, packageName, loginName, callRef }) => ({
        seq,
        receivedAt,
        packageName,
        loginName,
        callRef,
      })),
    ).toEqual([
      { seq: 1, receivedAt: 1000, packageName: 'telephony', loginName: 'oxe2001', callRef: 'c1' },
      {
        seq: 2,
        receivedAt: 1001,
        packageName: 'routingManagement',
        loginName: 'oxe2002',
        callRef: undefined,
      },
      { seq: 3, receivedAt: 1002, packageName: 'other', loginName: undefined, callRef: undefined },
    ]);
    // One chunk of the channel is one task: its events are told together, once.
    expect(changes).toBe(0);
    await Promise.resolve();
    expect(changes).toBe(1);
    log.add({ eventName: 'OnCallRemoved', callRef: 'c1' });
    await Promise.resolve();
    expect(changes).toBe(2);
  });

  it('drops the oldest past its limit and never reuses a number, not even after a clear', () => {
    const log = createEventLog(2);
    for (const n of [1, 2, 3]) log.add({ eventName: 'OnUserStateModified', n });
    expect(log.snapshot().entries.map((entry) => entry.seq)).toEqual([2, 3]);
    log.noteSkipped();
    log.clear();
    expect(log.snapshot()).toEqual({ entries: [], skipped: 0 });
    log.add({ eventName: 'OnUserStateModified' });
    expect(log.snapshot().entries[0]?.seq).toBe(4);
  });

  it('exports NDJSON that reads back to the same events', () => {
    const log = createEventLog();
    const events = [
      { eventName: 'OnCallCreated', loginName: 'oxe2001', callRef: 'c1', legs: [{ deviceId: '2001' }] },
      { eventName: 'OnCallRemoved', loginName: 'oxe2001', callRef: 'c1' },
    ];
    events.forEach((event) => log.add(event));
    const text = eventsToNdjson(log.snapshot().entries);
    expect(text.endsWith('\n')).toBe(true);
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(events);
  });
});
