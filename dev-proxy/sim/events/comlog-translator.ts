import type { DomainEvent } from '../model/domain-events';
import type {} from '../model/services/comlog-book';
import type { EventTranslator, O2gEventLine } from './event-translator';

/**
 * The `unifiedComLog` package: a new record in full; deletes and (un)acknowledgements by record id,
 * where a missing `recordIds` means all the user's records.
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
        return [{ eventName, loginName, recordIds: event.recordIds }];
      }
      default:
        return [];
    }
  },
};
