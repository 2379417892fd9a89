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
  associatedData: z.string().max(64).optional(),
  /** Correlator data for the callee (up to 32 bytes in hex). */
  hexaBinaryAssociatedData: z
    .string()
    .regex(/^([0-9a-fA-F]{2}){1,32}$/, 'must be up to 32 bytes in hex')
    .optional(),
  callingNumber: z.string().optional(),
  /** Private call: the caller's personal PIN (digits), and its secret code when the PIN asks for one. */
  pin: z
    .string()
    .regex(/^[0-9]{1,16}$/, 'must be digits')
    .optional(),
  secretCode: z
    .string()
    .regex(/^[0-9]{1,16}$/, 'must be digits')
    .optional(),
  /** Business call: the account (cost-centre) code the call is charged to. */
  businessCode: z
    .string()
    .regex(/^[0-9]{1,16}$/, 'must be digits')
    .optional(),
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

/** Body of `POST …/calls/{heldCallRef}/reconnect`: the enquiry call to release. */
export const reconnectRequestSchema = z.object({
  deviceId: z.string().min(1),
  enquiryCallRef: z.string().min(1),
});
export type ReconnectRequest = z.infer<typeof reconnectRequestSchema>;

/** Body of `POST …/calls/{callRef}/park`; without `parkTo` the call is parked on the user's own device. */
export const parkRequestSchema = z.object({ parkTo: dialStringSchema.optional() });
export type ParkRequest = z.infer<typeof parkRequestSchema>;

/** Body of `POST …/devices/{deviceId}/unpark`: the parked call. */
export const unparkRequestSchema = z.object({ heldCallRef: z.string().min(1) });
export type UnparkRequest = z.infer<typeof unparkRequestSchema>;

/** Body of `POST …/devices/{deviceId}/pickup`: the call ringing at another number. */
export const pickupRequestSchema = z.object({
  otherCallRef: z.string().min(1),
  otherPhoneNumber: dialStringSchema,
  autoAnswer: flag.optional(),
});
export type PickupRequest = z.infer<typeof pickupRequestSchema>;

/** Correlator data: lowercase or uppercase hex, at most 32 bytes. */
export const hexaDataSchema = z.string().regex(/^([0-9a-fA-F]{2}){1,32}$/, 'must be up to 32 bytes in hex');

/** Body of `POST …/calls/{callRef}/attachdata`. */
export const attachDataRequestSchema = z.object({
  deviceId: z.string().min(1),
  hexaBinaryAssociatedData: hexaDataSchema,
});
export type AttachDataRequest = z.infer<typeof attachDataRequestSchema>;

/** Body of `POST …/calls/{callRef}/sendaccountinfo`: a CCD transaction code (digits). */
export const accountInfoRequestSchema = z.object({
  deviceId: z.string().min(1),
  accountInfo: z.string().regex(/^[0-9]{1,32}$/, 'must be digits'),
});
export type AccountInfoRequest = z.infer<typeof accountInfoRequestSchema>;

/** Body of `POST …/telephony/deskSharing`. */
export const deskSharingRequestSchema = z.object({ dssDeviceNumber: dialStringSchema });
export type DeskSharingRequest = z.infer<typeof deskSharingRequestSchema>;

/** Body of `POST …/telephony/miniMessages`. */
export const miniMessageRequestSchema = z.object({
  recipient: dialStringSchema,
  message: z.string().min(1).max(128),
});
export type MiniMessageRequest = z.infer<typeof miniMessageRequestSchema>;
