import { z } from 'zod';

/**
 * Known values of `telephony.errorType` in an O2G error body. Clients should tolerate others:
 * the field is typed as a free string on the wire.
 */
export const TELEPHONY_ERROR_TYPES = [
  'UNKNOWN',
  'CALL_REFERENCE_NOT_FOUND',
  'LEG_NOT_FOUND',
  'BAD_PARAMETER_VALUE',
  'INCOMPATIBLE_WITH_STATE',
  'SERVICE_NOT_PROVIDED',
  'SERVICE_UNAVAILABLE',
  'INITIALIZATION',
  'UNAUTHORIZED',
  'CALL_SERVER_ERROR',
  'REQUEST_TIMEOUT',
] as const;
/** One of {@link TELEPHONY_ERROR_TYPES}. */
export type TelephonyErrorType = (typeof TELEPHONY_ERROR_TYPES)[number];

/** Known values of `telephony.errorCause`. */
export const TELEPHONY_ERROR_CAUSES = [
  'UNKNOWN',
  'INVALID_CALLING',
  'INVALID_DESTINATION',
  'INVALID_CALL_ID',
  'INVALID_CONNECTION_STATE',
  'DEVICE_OUT_OF_SERVICE',
  'INVALID_DEVICE',
  'INVALID_DEVICE_STATE',
  'INVALID_DATA',
  'RESOURCE_BUSY',
] as const;
/** One of {@link TELEPHONY_ERROR_CAUSES}. */
export type TelephonyErrorCause = (typeof TELEPHONY_ERROR_CAUSES)[number];

/** The telephony-specific block of an error body (present only on telephony errors). */
export const telephonyErrorInfoSchema = z.object({
  /** What went wrong, e.g. `CALL_REFERENCE_NOT_FOUND` (see {@link TELEPHONY_ERROR_TYPES}). */
  errorType: z.string(),
  /** Why, e.g. `INVALID_CALL_ID` (see {@link TELEPHONY_ERROR_CAUSES}). */
  errorCause: z.string().optional(),
  message: z.string().optional(),
});
/** Parsed `telephony` block of an O2G error body. */
export type TelephonyErrorInfo = z.infer<typeof telephonyErrorInfoSchema>;

/** The routing-specific block of an error body (forward, overflow, DND, presentation route). */
export const routingErrorInfoSchema = z.object({
  errorType: z.string(),
  errorCause: z.string().optional(),
  message: z.string().optional(),
});
/** Parsed `routing` block of an O2G error body. */
export type RoutingErrorInfo = z.infer<typeof routingErrorInfoSchema>;

/**
 * The user-preferences block. Its field names carry a `DTO` suffix on the wire (as the Java and C# SDKs
 * read them), unlike every other block.
 */
export const userPreferencesErrorInfoSchema = z.object({
  userPreferencesErrorTypeDTO: z.string().optional(),
  userPreferencesParameterDTO: z.string().optional(),
});
/** Parsed `userPreferences` block of an O2G error body. */
export type UserPreferencesErrorInfo = z.infer<typeof userPreferencesErrorInfoSchema>;

/**
 * The JSON body O2G sends with every non-2xx answer.
 *
 * `canRetry` is optional on the wire because O2G omits `false` booleans; the schema defaults it to `false`.
 */
export const o2gErrorBodySchema = z.object({
  /** The HTTP status as a name, e.g. `"NOT_FOUND"`. */
  httpStatus: z.string(),
  /** The numeric HTTP status, e.g. `404`. */
  code: z.number().int(),
  /** A message meant for the person using the application. */
  helpMessage: z.string().optional(),
  /** A grouping of the error, e.g. `"NOT_FOUND"`. */
  type: z.string().optional(),
  /** A technical detail meant for administrators and support. */
  innerMessage: z.string().optional(),
  /** True when the request may succeed if sent again (possibly modified). */
  canRetry: z.boolean().default(false),
  telephony: telephonyErrorInfoSchema.optional(),
  routing: routingErrorInfoSchema.optional(),
  userPreferences: userPreferencesErrorInfoSchema.optional(),
});
/** A parsed O2G error body. */
export type O2gErrorBody = z.infer<typeof o2gErrorBodySchema>;
