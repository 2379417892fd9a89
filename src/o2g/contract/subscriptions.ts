import { z } from 'zod';
import { oneOfText } from './known-values';

/** The event packages a subscription may select by name (`selectors[].names`). */
export const EVENT_PACKAGE_NAMES = [
  'telephony',
  'eventSummary',
  'routingManagement',
  'unifiedComLog',
  'user',
] as const;
export type EventPackageName = (typeof EVENT_PACKAGE_NAMES)[number];

/** One selector: some packages, for some logins (`ids` is required from administrators, ignored for users). */
export const subscriptionSelectorSchema = z.object({
  ids: z.array(z.string()).optional(),
  names: z.array(oneOfText(EVENT_PACKAGE_NAMES)).min(1),
});
export type SubscriptionSelector = z.infer<typeof subscriptionSelectorSchema>;

/** Body of `POST …/1.0/subscriptions`. */
export const subscriptionRequestSchema = z.object({
  filter: z.object({ selectors: z.array(subscriptionSelectorSchema).min(1) }),
  /** `"1.0"` in every SDK. */
  version: z.string().optional(),
  /**
   * Minutes without events after which the server ends the stream; 0 = the session's lifetime
   * (then keepalive lines keep it open).
   */
  timeout: z.number().int().min(0).max(60).optional(),
  /** Where the O2G POSTs the events instead of streaming them (the node SDK's webhook mode). */
  webHookUrl: z.string().min(1).max(2048).optional(),
});
export type SubscriptionRequest = z.infer<typeof subscriptionRequestSchema>;

/** The answer to `POST …/1.0/subscriptions`; open `privatePollingUrl` or `publicPollingUrl` to read events. */
export const subscriptionAnswerSchema = z.object({
  subscriptionId: z.string(),
  publicPollingUrl: z.string(),
  privatePollingUrl: z.string(),
  /** `ACCEPTED` when the subscription is live; anything else is a refusal. */
  status: z.string(),
  mode: z.string().optional(),
  format: z.string().optional(),
  message: z.string().optional(),
});
export type SubscriptionAnswer = z.infer<typeof subscriptionAnswerSchema>;

/** The channel's own line: `Chunk started` when a stream opens, `keepalive` while it is idle. */
export const onChannelInformationSchema = z.object({
  eventName: z.literal('OnChannelInformation'),
  text: z.string(),
});
export type OnChannelInformation = z.infer<typeof onChannelInformationSchema>;

/** Any line of the event channel: a named event with its fields at the same level. */
export const channelLineSchema = z.looseObject({ eventName: z.string() });
export type ChannelLine = z.infer<typeof channelLineSchema>;
