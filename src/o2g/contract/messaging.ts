import { z } from 'zod';
import { partyInfoSchema } from './telephony';

/**
 * What a mailbox lets a client do. O2G omits false flags, so a missing flag reads as false; the lab's
 * mailboxes list and download messages and nothing else (no media-session resource exists in the API).
 */
export const mailboxCapabilitiesSchema = z.object({
  listMessages: z.boolean().default(false),
  getMessages: z.boolean().default(false),
  getRecord: z.boolean().default(false),
  play: z.boolean().default(false),
  pause: z.boolean().default(false),
  hangup: z.boolean().default(false),
  record: z.boolean().default(false),
  resume: z.boolean().default(false),
  cancel: z.boolean().default(false),
  forward: z.boolean().default(false),
  callback: z.boolean().default(false),
  send: z.boolean().default(false),
  events: z.boolean().default(false),
});
/** Parsed mailbox capabilities. */
export type MailboxCapabilities = z.infer<typeof mailboxCapabilitiesSchema>;

/** One voice mailbox of the user: `id` is the key of every later messaging call. */
export const mailboxSchema = z.object({
  id: z.string(),
  name: z.string(),
  capabilities: mailboxCapabilitiesSchema,
});
/** Parsed mailbox. */
export type Mailbox = z.infer<typeof mailboxSchema>;

/** Answer to `GET …/messaging/mailboxes`: empty for a user without voicemail. */
export const mailboxListSchema = z.object({ mailboxes: z.array(mailboxSchema) });
/** Parsed mailbox list. */
export type MailboxList = z.infer<typeof mailboxListSchema>;

/** Body of `POST …/messaging/mailboxes/{id}` (absent with `?withUserPwd`). */
export const mailboxConnectRequestSchema = z.object({ password: z.string() });
/** Parsed connect request. */
export type MailboxConnectRequest = z.infer<typeof mailboxConnectRequestSchema>;

/** Answer to a mailbox connect: its counters. */
export const mailboxInfoSchema = z.object({
  totalVoiceMsg: z.number().int(),
  newVoiceMsg: z.number().int(),
  /** Unit undocumented; the lab reports a percentage of its capacity. */
  storageUsage: z.number().int(),
});
/** Parsed mailbox info. */
export type MailboxInfo = z.infer<typeof mailboxInfoSchema>;

/** One voice message. `from` is missing for an unknown caller; `duration` is in seconds. */
export const voiceMessageSchema = z.object({
  voicemailId: z.string(),
  from: partyInfoSchema.optional(),
  duration: z.number().int(),
  /** ISO-8601 instant of the deposit. */
  date: z.string(),
  unread: z.boolean().default(false),
  highPriority: z.boolean().default(false),
});
/** Parsed voice message. */
export type VoiceMessage = z.infer<typeof voiceMessageSchema>;

/** Answer to `GET …/messaging/mailboxes/{id}/voicemails`. */
export const voiceMessageListSchema = z.object({ voicemails: z.array(voiceMessageSchema) });
/** Parsed voice message list. */
export type VoiceMessageList = z.infer<typeof voiceMessageListSchema>;
