import { describe, expect, it } from 'vitest';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import type { DomainEvent } from '../model/domain-events';
import { World } from '../model/world';
import { comlogTranslator } from './comlog-translator';
import { eventSummaryTranslator } from './event-summary-translator';
import type { EventTranslator } from './event-translator';
import { routingTranslator } from './routing-translator';
import { EVENT_TRANSLATORS } from './translators';
import { userTranslator } from './user-translator';

const world = new World(loadLab(), new ManualClock());
const at = world.clock.now();
const summary = world.userServices.eventSummary('oxe2001');
const routingState = world.userServices.routing.stateOf('oxe2001');

describe('the per-user services’ event translators', () => {
  it('are all registered on the channel', () => {
    expect(EVENT_TRANSLATORS).toEqual(
      expect.arrayContaining([eventSummaryTranslator, routingTranslator, comlogTranslator, userTranslator]),
    );
  });

  it.each<[string, EventTranslator, DomainEvent, Record<string, unknown>]>([
    [
      'eventSummary',
      eventSummaryTranslator,
      { type: 'eventSummaryChanged', at, loginName: 'oxe2001', eventSummary: summary },
      { eventName: 'OnEventSummaryUpdated', eventSummary: summary },
    ],
    [
      'routingManagement',
      routingTranslator,
      { type: 'routingStateChanged', at, loginName: 'oxe2001', routingState },
      { eventName: 'OnRoutingStateChanged', routingState },
    ],
    [
      'unifiedComLog deleted',
      comlogTranslator,
      { type: 'comRecordsDeleted', at, loginName: 'oxe2001', recordIds: [4] },
      { eventName: 'OnComRecordsDeleted', recordIds: [4] },
    ],
    [
      'unifiedComLog ack',
      comlogTranslator,
      {
        type: 'comRecordsAcknowledged',
        at,
        loginName: 'oxe2001',
        recordIds: [4],
        acknowledged: true,
        records: [],
      },
      { eventName: 'OnComRecordsAck', recordIds: [4] },
    ],
    [
      'unifiedComLog unack',
      comlogTranslator,
      {
        type: 'comRecordsAcknowledged',
        at,
        loginName: 'oxe2001',
        recordIds: [4],
        acknowledged: false,
        records: [],
      },
      { eventName: 'OnComRecordsUnAck', recordIds: [4] },
    ],
    [
      'user',
      userTranslator,
      { type: 'userInfoChanged', at, loginName: 'oxe2001' },
      {
        eventName: 'OnUserInfoChanged',
        user: expect.objectContaining({ loginName: 'oxe2001', lastName: 'Martin' }),
      },
    ],
  ])('%s: one event for the login concerned, none for another', (_package, translator, event, expected) => {
    expect(translator.translate(event, 'oxe2001', world)).toEqual([{ loginName: 'oxe2001', ...expected }]);
    expect(translator.translate(event, 'oxe2002', world)).toEqual([]);
  });
});
