import type { EventSummary } from '../../../../src/o2g/contract';
import type { DomainEvent } from '../domain-events';

declare module '../domain-events' {
  interface DomainEventMap {
    /** A counter of the user's event summary changed; carries the counters after the change. */
    eventSummaryChanged: { loginName: string; eventSummary: EventSummary };
  }
}

/** Where the counters come from: each part answers for its own. */
export interface CounterSources {
  unreadVoiceMessages(loginName: string): number;
  missedCalls(loginName: string): number;
  callbackRequests(loginName: string): number;
}

/**
 * The user's counters. Fax and text messages do not exist in the lab, so they are always 0; the lamp
 * (`eventWaiting`) is lit while anything new waits.
 */
export function eventSummaryOf(sources: CounterSources, loginName: string): EventSummary {
  const voiceMessagesNb = sources.unreadVoiceMessages(loginName);
  const missedCallsNb = sources.missedCalls(loginName);
  const callBackRequestsNb = sources.callbackRequests(loginName);
  return {
    missedCallsNb,
    voiceMessagesNb,
    callBackRequestsNb,
    faxNb: 0,
    newTextNb: 0,
    oldTextNb: 0,
    eventWaiting: voiceMessagesNb + missedCallsNb + callBackRequestsNb > 0,
  };
}

/**
 * How a part reports that it changed a user's counters: the world answers with the
 * `eventSummaryChanged` event carrying the counters as they are now. Parts call it after changing.
 */
export type CountersChanged = (loginName: string, at: number) => DomainEvent;
