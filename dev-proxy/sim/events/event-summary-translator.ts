import type { DomainEvent } from '../model/domain-events';
import type {} from '../model/services/event-summary';
import type { EventTranslator, O2gEventLine } from './event-translator';

/** The `eventSummary` package: `OnEventSummaryUpdated` with the counters after each change. */
export const eventSummaryTranslator: EventTranslator = {
  package: 'eventSummary',
  translate(event: DomainEvent, loginName: string): O2gEventLine[] {
    if (event.type !== 'eventSummaryChanged' || event.loginName !== loginName) return [];
    return [{ eventName: 'OnEventSummaryUpdated', loginName, eventSummary: event.eventSummary }];
  },
};
