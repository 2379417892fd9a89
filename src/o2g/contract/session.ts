import { z } from 'zod';

/** How an administrator names the account a supervised session acts as. */
export const supervisedAccountSchema = z.object({
  type: z.enum(['LOGIN_NAME', 'PHONE_NUMBER']),
  id: z.string().min(1),
});
/** Parsed `supervisedAccount` of a session request. */
export type SupervisedAccount = z.infer<typeof supervisedAccountSchema>;

/** Body of `POST …/1.0/sessions`. */
export const sessionRequestSchema = z.object({
  /** Free text naming the client application. */
  applicationName: z.string(),
  /** Lets an administrator open the session as another account (newer SDKs only). */
  supervisedAccount: supervisedAccountSchema.optional(),
});
/** Parsed body of a session-open request. */
export type SessionRequest = z.infer<typeof sessionRequestSchema>;

/**
 * One service the session may use. The service's URL is the session's base URL followed by
 * `relativeUrl`; SDKs look services up by the lower-cased `serviceName`.
 */
export const serviceDescriptorSchema = z.object({
  /** e.g. `"Telephony"`, `"Voicemail"`, `"Maintenance"`. */
  serviceName: z.string(),
  /** e.g. `"1.0"`. */
  serviceVersion: z.string(),
  /** e.g. `"/telephony/calls"`; several services may share one (`/users`). */
  relativeUrl: z.string(),
});
/** Parsed entry of `services[]`. */
export type ServiceDescriptor = z.infer<typeof serviceDescriptorSchema>;

/** Another open session of the same login (newer servers only). */
export const otherSessionSchema = z.object({
  sessionId: z.string(),
  creationDate: z.string().optional(),
  timeToLive: z.number().int().optional(),
});

/** The answer to `POST` and `GET …/1.0/sessions`. */
export const sessionInfoSchema = z.object({
  /** True for an administrator's session; absent means false. */
  admin: z.boolean().default(false),
  /** Seconds the session lives without a keepalive. */
  timeToLive: z.number().int().positive(),
  /** Absolute base URL of every service, for clients outside the O2G's network. */
  publicBaseUrl: z.string(),
  /** Absolute base URL of every service, for clients on the O2G's network. */
  privateBaseUrl: z.string(),
  services: z.array(serviceDescriptorSchema),
  /** The session's login; newer servers only. */
  login: z.string().optional(),
  /** ISO-8601 instants; newer servers only. */
  creationDate: z.string().optional(),
  expirationDate: z.string().optional(),
  otherSessions: z.array(otherSessionSchema).optional(),
});
/** Parsed session information. */
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
