import { describe, expect, it } from 'vitest';
import { createEventLog } from './event-log';
import { matchesSearch, searchTerms, summaryOf } from './event-search';

function log() {
  const events = createEventLog();
  events.add({
    eventName: 'OnCallCreated',
    loginName: 'oxe2002',
    callRef: 'a1b2',
    legs: [{ deviceId: '2002', state: 'RINGING_INCOMING' }],
    participants: [{ participantId: '2001', identity: { displayName: 'Alice Martin' } }],
  });
  events.add({ eventName: 'OnUserStateModified', loginName: 'oxe2001', state: 'BUSY' });
  events.add({
    eventName: 'OnEventSummaryUpdated',
    loginName: 'oxe2003',
    eventSummary: { voiceMessagesNb: 1 },
  });
  return events.snapshot().entries;
}

const found = (query: string) =>
  log()
    .filter((entry) => matchesSearch(entry, searchTerms(query)))
    .map((entry) => entry.eventName);

describe('the search of the event log', () => {
  it('finds an event by its name, login, callRef, a number or any text of its body, whatever the case', () => {
    expect(found('oncallcreated')).toEqual(['OnCallCreated']);
    expect(found('OXE2001')).toEqual(['OnUserStateModified']);
    expect(found('A1B2')).toEqual(['OnCallCreated']);
    expect(found('alice martin')).toEqual(['OnCallCreated']);
    expect(found('2002')).toEqual(['OnCallCreated']);
    expect(found('busy')).toEqual(['OnUserStateModified']);
  });

  it('finds by the summary in words too, and wants every word of the search', () => {
    expect(found('new message')).toEqual(['OnEventSummaryUpdated']);
    expect(found('calls 2002')).toEqual(['OnCallCreated']);
    expect(found('oxe2002 busy')).toEqual([]);
    expect(found('nothing-like-this')).toEqual([]);
  });

  it('lets everything through for an empty or blank search', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(found('')).toHaveLength(3);
  });

  it('gives the summary of a logged event', () => {
    const [entry] = log();
    expect(summaryOf(entry!)).toBe('2001 calls 2002');
  });
});
