import { z } from 'zod';

/**
 * The user's counters (`GET …/eventSummary`, and the `eventSummary` of `OnEventSummaryUpdated`). Every
 * field is optional on the wire ("the server cannot provide it"); clients read a missing one as 0/false.
 */
export const eventSummarySchema = z.object({
  /** Unanswered, unacknowledged incoming calls in the comlog. */
  missedCallsNb: z.number().int().default(0),
  /** New (unread) voice messages. */
  voiceMessagesNb: z.number().int().default(0),
  /** New callback requests. */
  callBackRequestsNb: z.number().int().default(0),
  faxNb: z.number().int().default(0),
  newTextNb: z.number().int().default(0),
  oldTextNb: z.number().int().default(0),
  /** The message-waiting lamp: something new waits. */
  eventWaiting: z.boolean().default(false),
});
/** Parsed event summary. */
export type EventSummary = z.infer<typeof eventSummarySchema>;

/** `OnEventSummaryUpdated` (package `eventSummary`): sent each time a counter changes. */
export const onEventSummaryUpdatedSchema = z.object({
  eventName: z.literal('OnEventSummaryUpdated'),
  loginName: z.string(),
  eventSummary: eventSummarySchema,
});
/** Parsed `OnEventSummaryUpdated`. */
export type OnEventSummaryUpdated = z.infer<typeof onEventSummaryUpdatedSchema>;
