import { describe, expect, it } from 'vitest';
import { createEventLog } from './event-log';
import { filterChoices, matchesFilter, NO_FILTER } from './event-filter';

function entries() {
  const log = createEventLog();
  log.add({ eventName: 'OnCallCreated', loginName: 'oxe2001', callRef: 'c1' });
  log.add({ eventName: 'OnUserStateModified', loginName: 'oxe2002', state: 'BUSY' });
  log.add({ eventName: 'OnEventSummaryUpdated', loginName: 'oxe2001' });
  return log.snapshot().entries;
}

describe('event filters', () => {
  it('narrow by package, event name, login and call, together', () => {
    const all = entries();
    const names = (filter: typeof NO_FILTER) =>
      all.filter((entry) => matchesFilter(entry, filter)).map((entry) => entry.eventName);
    expect(names(NO_FILTER)).toHaveLength(3);
    expect(names({ ...NO_FILTER, packageName: 'telephony' })).toEqual([
      'OnCallCreated',
      'OnUserStateModified',
    ]);
    expect(names({ ...NO_FILTER, loginName: 'oxe2001' })).toEqual(['OnCallCreated', 'OnEventSummaryUpdated']);
    expect(names({ ...NO_FILTER, packageName: 'telephony', loginName: 'oxe2001' })).toEqual([
      'OnCallCreated',
    ]);
    expect(names({ ...NO_FILTER, eventName: 'OnCallRemoved' })).toEqual([]);
    expect(names({ ...NO_FILTER, callRef: 'c1' })).toEqual(['OnCallCreated']);
    expect(names({ ...NO_FILTER, callRef: 'c2' })).toEqual([]);
  });

  it('offer what the log holds, event names within the chosen package, and keep a chosen value', () => {
    const all = entries();
    expect(filterChoices(all, NO_FILTER)).toEqual({
      packages: ['eventSummary', 'telephony'],
      eventNames: ['OnCallCreated', 'OnEventSummaryUpdated', 'OnUserStateModified'],
      loginNames: ['oxe2001', 'oxe2002'],
      callRefs: ['c1'],
    });
    expect(filterChoices(all, { ...NO_FILTER, packageName: 'eventSummary' }).eventNames).toEqual([
      'OnEventSummaryUpdated',
    ]);
    expect(filterChoices([], { ...NO_FILTER, loginName: 'oxe2005' }).loginNames).toEqual(['oxe2005']);
    expect(filterChoices([], { ...NO_FILTER, callRef: 'gone' }).callRefs).toEqual(['gone']);
  });
});
