import type { DomainEvent } from '../model/domain-events';
import type {} from '../model/services/routing-book';
import type { EventTranslator, O2gEventLine } from './event-translator';

/** The `routingManagement` package: `OnRoutingStateChanged` with the whole new routing state. */
export const routingTranslator: EventTranslator = {
  package: 'routingManagement',
  translate(event: DomainEvent, loginName: string): O2gEventLine[] {
    if (event.type !== 'routingStateChanged' || event.loginName !== loginName) return [];
    return [{ eventName: 'OnRoutingStateChanged', loginName, routingState: event.routingState }];
  },
};
