import { z } from 'zod';

// Request bodies of the Telephony and BasicTelephony services. Servers are lenient where SDKs differ:
// a raw-REST sample sent `autoAnswer` as the string "true" and was accepted.

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')]);

/** A phone number or dial string as O2G accepts it (digits, `*`, `#`, `+`, A–D). */
export const dialStringSchema = z.string().regex(/^[+]?[0-9A-D*#]{1,49}$/, 'must be a phone number');

/** Body of `POST …/telephony/basicCall` and `POST …/telephony/calls` (make call). */
export const makeCallRequestSchema = z.object({
  /** The calling device (one of the user's). */
  deviceId: z.string().min(1),
  /** The number to call. */
  callee: dialStringSchema,
  /** True (default): dial at once. False: ring the caller's own device first, dial when it answers. */
  autoAnswer: flag.optional(),
  inhibitProgressTone: flag.optional(),
  associatedData: z.string().optional(),
  hexaBinaryAssociatedData: z.string().optional(),
  callingNumber: z.string().optional(),
  businessCode: z.string().optional(),
});
export type MakeCallRequest = z.infer<typeof makeCallRequestSchema>;

/** Body naming the device an action applies to (answer, hold, retrieve). */
export const deviceIdRequestSchema = z.object({ deviceId: z.string().min(1) });
export type DeviceIdRequest = z.infer<typeof deviceIdRequestSchema>;

/** Body of `POST …/calls/{callRef}/transfer` (the path names the active call). */
export const transferRequestSchema = z.object({ heldCallRef: z.string().min(1) });
export type TransferRequest = z.infer<typeof transferRequestSchema>;

/** Body of `POST …/calls/{callRef}/blindtransfer`. */
export const blindTransferRequestSchema = z.object({
  transferTo: dialStringSchema,
  anonymous: flag.optional(),
});
export type BlindTransferRequest = z.infer<typeof blindTransferRequestSchema>;

/** Body of `POST …/calls/{callRef}/redirect`; `"VOICEMAIL"` sends the call to the user's own mailbox. */
export const redirectRequestSchema = z.object({
  redirectTo: z.union([z.literal('VOICEMAIL'), dialStringSchema]),
  anonymous: flag.optional(),
});
export type RedirectRequest = z.infer<typeof redirectRequestSchema>;

/** Body of `POST …/calls/{callRef}/sendDtmf`. */
export const sendDtmfRequestSchema = z.object({
  deviceId: z.string().min(1),
  number: z.string().regex(/^[0-9A-D*#]{1,64}$/, 'must be DTMF digits'),
});
export type SendDtmfRequest = z.infer<typeof sendDtmfRequestSchema>;
