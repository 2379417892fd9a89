import type { DomainEvent } from '../model/domain-events';
import type {} from '../model/services/comlog-book';
import type { EventTranslator, O2gEventLine } from './event-translator';

/**
 * The `unifiedComLog` package: a new record in full; deletes and (un)acknowledgements by record id,
 * where a missing `recordIds` means all the user's records; an (un)acknowledged record also in full.
 */
export const comlogTranslator: EventTranslator = {
  package: 'unifiedComLog',
  translate(event: DomainEvent, loginName: string): O2gEventLine[] {
    switch (event.type) {
      case 'comRecordCreated':
        return event.loginName === loginName
          ? [{ eventName: 'OnComRecordCreated', loginName, record: event.record }]
          : [];
      case 'comRecordsDeleted':
        return event.loginName === loginName
          ? [{ eventName: 'OnComRecordsDeleted', loginName, recordIds: event.recordIds }]
          : [];
      case 'comRecordsAcknowledged': {
        if (event.loginName !== loginName) return [];
        const eventName = event.acknowledged ? 'OnComRecordsAck' : 'OnComRecordsUnAck';
        // Each record's new state follows as OnComRecordModified (its `acknowledged` changed).
        return [
          { eventName, loginName, recordIds: event.recordIds },
          ...event.records.map((record) => ({ eventName: 'OnComRecordModified', loginName, record })),
        ];
      }
      default:
        return [];
    }
  },
};
