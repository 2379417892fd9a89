import { z } from 'zod';

// Telephony wire types (Telephony and BasicTelephony services). O2G omits false booleans and nulls, so
// every boolean here is optional and means false when absent; arrays stay present even when empty.

/** Media state of a call, a leg or a participant. */
export const MEDIA_STATES = [
  'UNKNOWN',
  'OFF_HOOK',
  'IDLE',
  'RELEASING',
  'DIALING',
  'HELD',
  'RINGING_INCOMING',
  'RINGING_OUTGOING',
  'ACTIVE',
] as const;
/** One of {@link MEDIA_STATES}. */
export type MediaState = (typeof MEDIA_STATES)[number];

/** Whether a user is in a call (`BUSY`) or not (`FREE`). */
export const userStateSchema = z.enum(['FREE', 'BUSY', 'UNKNOWN']);
export type UserState = z.infer<typeof userStateSchema>;

/** Whether a device is registered and usable. */
export const operationalStateSchema = z.enum(['IN_SERVICE', 'OUT_OF_SERVICE', 'UNKNOWN']);
export type OperationalState = z.infer<typeof operationalStateSchema>;

/** Who a party is: its numbers, its names, and whether it is a user, an external number or a service. */
export const partyInfoSchema = z.object({
  id: z.object({
    loginName: z.string().optional(),
    phoneNumber: z.string().optional(),
    multiLine: z.boolean().optional(),
  }),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  /** Present only when first and last names are not. */
  displayName: z.string().optional(),
  /** `main` ∈ USER, DEVICE, SERVICE, EXTERNAL, UNKNOWN; `subType` free text (`public`, `voicemail`…). */
  type: z.object({ main: z.string(), subType: z.string().optional() }).optional(),
});
export type PartyInfo = z.infer<typeof partyInfoSchema>;

/** What a client may do with a call as a whole; only the true ones are sent. */
export const callCapabilitiesSchema = z.record(z.string(), z.boolean());
export type CallCapabilities = z.infer<typeof callCapabilitiesSchema>;

/** What a client may do with one of its legs (`answer`, `drop`, `hold`, `retrieve`, `sendDtmf`…). */
export const legCapabilitiesSchema = z.record(z.string(), z.boolean());
export type LegCapabilities = z.infer<typeof legCapabilitiesSchema>;

/** One of the user's own devices involved in a call. */
export const legSchema = z.object({
  deviceId: z.string(),
  state: z.string(),
  /** True while the other party rings (outgoing call). */
  ringingRemote: z.boolean().optional(),
  capabilities: legCapabilitiesSchema.default({}),
});
export type Leg = z.infer<typeof legSchema>;

/** Another party of the call; its id is its phone number for an internal party. */
export const participantSchema = z.object({
  participantId: z.string(),
  identity: partyInfoSchema.optional(),
  anonymous: z.boolean().optional(),
  undroppable: z.boolean().optional(),
  state: z.string().optional(),
});
export type Participant = z.infer<typeof participantSchema>;

/** The call as seen by one user: its own state, who was called first, what it may do. */
export const callDataSchema = z.object({
  initialCalled: partyInfoSchema.optional(),
  lastRedirecting: partyInfoSchema.optional(),
  /** The user's own media state in the call (see {@link MEDIA_STATES}). */
  state: z.string(),
  tags: z.array(z.object({ name: z.string(), value: z.string().optional() })).default([]),
  capabilities: callCapabilitiesSchema.default({}),
  /** Correlator data attached to the call, in lowercase hex. */
  hexaBinaryAssociatedData: z.string().optional(),
  /** The CCD transaction code sent with the call. */
  accountInfo: z.string().optional(),
});
export type CallData = z.infer<typeof callDataSchema>;

/** One call of a user (`GET …/telephony/calls/{callRef}`, one entry of `calls[]`). */
export const callSchema = z.object({
  /** 16 lowercase hex digits. */
  callRef: z.string(),
  callData: callDataSchema.optional(),
  legs: z.array(legSchema).default([]),
  participants: z.array(participantSchema).default([]),
});
export type Call = z.infer<typeof callSchema>;

/** The answer to `GET …/telephony/calls`. */
export const callsAnswerSchema = z.object({ calls: z.array(callSchema).default([]) });
export type CallsAnswer = z.infer<typeof callsAnswerSchema>;

/** What a device may start (make call…); only the true ones are sent. */
export const deviceCapabilitiesSchema = z.object({
  deviceId: z.string(),
  makeCall: z.boolean().optional(),
  makeBusinessCall: z.boolean().optional(),
  makePrivateCall: z.boolean().optional(),
  unParkCall: z.boolean().optional(),
});
export type DeviceCapabilities = z.infer<typeof deviceCapabilitiesSchema>;

/** A device and its operational state (`GET …/telephony/devices/{deviceId}`). */
export const deviceStateSchema = z.object({ deviceId: z.string(), state: operationalStateSchema });
export type DeviceState = z.infer<typeof deviceStateSchema>;

/** The answer to `GET …/telephony/devices`. */
export const deviceStatesAnswerSchema = z.object({ deviceStates: z.array(deviceStateSchema).default([]) });
export type DeviceStatesAnswer = z.infer<typeof deviceStatesAnswerSchema>;

/**
 * The answer to `GET …/telephony/state`. `deviceStates` is nested one level (`{deviceStates: {deviceStates: […]}}`)
 * in the REST answer, as both the node and Java SDKs unwrap it.
 */
export const telephonicStateSchema = z.object({
  calls: z.array(callSchema).default([]),
  deviceCapabilities: z.array(deviceCapabilitiesSchema).default([]),
  userState: userStateSchema.optional(),
  deviceStates: deviceStatesAnswerSchema.optional(),
});
export type TelephonicState = z.infer<typeof telephonicStateSchema>;
