import { z } from 'zod';
import { partyInfoSchema } from './telephony';

/** Why a participant left or how the call ended for it. */
export const COM_RECORD_REASONS = [
  'ALL_TRUNK_BUSY',
  'INVALID_NUMBER',
  'ABANDONED',
  'BUSY',
  'CONFERENCED',
  'PICKUP',
  'FORWARDED',
  'REDIRECTED',
  'RELEASED_ON_REDIRECT',
  'TRANSFERRED',
  'RELEASED_ON_TRANSFER',
  'VOICEMAIL',
  'NORMAL',
  'UNKNOWN',
] as const;

/** One participant of a recorded call. A missed call is one where the user is `CALLEE` and not `answered`. */
export const comRecordParticipantSchema = z.object({
  /** `CALLER`, `CALLEE` or `UNKNOWN`. */
  role: z.string(),
  answered: z.boolean().default(false),
  identity: partyInfoSchema,
  anonymous: z.boolean().default(false),
  /** The number first dialled when this participant entered the call. */
  initialCalled: partyInfoSchema.optional(),
  /** One of {@link COM_RECORD_REASONS}. */
  reason: z.string().optional(),
  /** The device leg, when it is not the main device. */
  leg: z.string().optional(),
});
/** Parsed comlog participant. */
export type ComRecordParticipant = z.infer<typeof comRecordParticipantSchema>;

/** One communication log record. `recordId` is a number; dates are ISO-8601 instants. */
export const comRecordSchema = z.object({
  recordId: z.number().int(),
  comRef: z.string(),
  acknowledged: z.boolean().default(false),
  participants: z.array(comRecordParticipantSchema),
  beginDate: z.string(),
  endDate: z.string().optional(),
  /** When the call was answered; missing for an unanswered call. */
  convDate: z.string().optional(),
  holdDuration: z.number().optional(),
  transferredBy: z.string().optional(),
  associatedData: z.string().optional(),
});
/** Parsed comlog record. */
export type ComRecord = z.infer<typeof comRecordSchema>;

/** Answer to `GET …/comlog/records` (the Java SDK's `records`/`count` spelling is not used). */
export const comRecordQueryResultSchema = z.object({
  offset: z.number().int().default(0),
  limit: z.number().int().optional(),
  totalCount: z.number().int(),
  comHistoryRecords: z.array(comRecordSchema),
});
/** Parsed comlog query result. */
export type ComRecordQueryResult = z.infer<typeof comRecordQueryResultSchema>;

/** Body of `PUT …/comlog/records?acknowledge=true|false`: ids as numbers (Java) or strings (node). */
export const comRecordAckRequestSchema = z.object({
  recordIds: z.array(z.union([z.number().int(), z.string().regex(/^\d+$/)])).min(1),
});
/** Parsed acknowledge request. */
export type ComRecordAckRequest = z.infer<typeof comRecordAckRequestSchema>;

/** `OnComRecordCreated` / `OnComRecordModified` (package `unifiedComLog`). */
export const onComRecordChangedSchema = z.object({
  eventName: z.enum(['OnComRecordCreated', 'OnComRecordModified']),
  loginName: z.string(),
  record: comRecordSchema,
});

/** `OnComRecordsDeleted` / `OnComRecordsAck` / `OnComRecordsUnAck`: no `recordIds` means all records. */
export const onComRecordsChangedSchema = z.object({
  eventName: z.enum(['OnComRecordsDeleted', 'OnComRecordsAck', 'OnComRecordsUnAck']),
  loginName: z.string(),
  recordIds: z.array(z.number().int()).optional(),
});
