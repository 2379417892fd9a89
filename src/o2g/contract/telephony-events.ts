import { z } from 'zod';
import {
  callDataSchema,
  deviceCapabilitiesSchema,
  deviceStateSchema,
  legSchema,
  participantSchema,
  telephonicStateSchema,
  userStateSchema,
} from './telephony';

// Events of the `telephony` package, as written on the event channel: `eventName` plus the fields at
// the same level. Removed legs and participants use the wire names (`removedLegs`,
// `removedParticipantIds`), not the node SDK's misspellings.

/** A call appeared for the user (incoming, outgoing, or picked up). */
export const onCallCreatedSchema = z.object({
  eventName: z.literal('OnCallCreated'),
  loginName: z.string(),
  callRef: z.string(),
  cause: z.string().optional(),
  callData: callDataSchema.optional(),
  initiator: z.string().optional(),
  legs: z.array(legSchema).default([]),
  participants: z.array(participantSchema).default([]),
  deviceCapabilities: z.array(deviceCapabilitiesSchema).default([]),
});
export type OnCallCreated = z.infer<typeof onCallCreatedSchema>;

/** A call of the user changed; only what changed is listed. */
export const onCallModifiedSchema = z.object({
  eventName: z.literal('OnCallModified'),
  loginName: z.string(),
  callRef: z.string(),
  cause: z.string().optional(),
  /** This call replaces that one, which is gone without an OnCallRemoved (transfer, merge). */
  previousCallRef: z.string().optional(),
  /** This call is replaced by that one. */
  replacedByCallRef: z.string().optional(),
  callData: callDataSchema.optional(),
  modifiedLegs: z.array(legSchema).default([]),
  addedLegs: z.array(legSchema).default([]),
  removedLegs: z.array(legSchema).default([]),
  modifiedParticipants: z.array(participantSchema).default([]),
  addedParticipants: z.array(participantSchema).default([]),
  removedParticipantIds: z.array(z.string()).default([]),
  deviceCapabilities: z.array(deviceCapabilitiesSchema).default([]),
});
export type OnCallModified = z.infer<typeof onCallModifiedSchema>;

/** The call is over for the user. */
export const onCallRemovedSchema = z.object({
  eventName: z.literal('OnCallRemoved'),
  loginName: z.string(),
  callRef: z.string(),
  cause: z.string().optional(),
  /** Where the call went when it was forwarded or redirected. */
  newDestination: z.string().optional(),
  deviceCapabilities: z.array(deviceCapabilitiesSchema).default([]),
});
export type OnCallRemoved = z.infer<typeof onCallRemovedSchema>;

export const onUserStateModifiedSchema = z.object({
  eventName: z.literal('OnUserStateModified'),
  loginName: z.string(),
  state: userStateSchema,
});
export type OnUserStateModified = z.infer<typeof onUserStateModifiedSchema>;

export const onDeviceStateModifiedSchema = z.object({
  eventName: z.literal('OnDeviceStateModified'),
  loginName: z.string(),
  deviceStates: z.array(deviceStateSchema),
});
export type OnDeviceStateModified = z.infer<typeof onDeviceStateModifiedSchema>;

/** The answer to a state snapshot request; `deviceStates` is left out of the event. */
export const onTelephonyStateSchema = z.object({
  eventName: z.literal('OnTelephonyState'),
  loginName: z.string(),
  state: telephonicStateSchema.omit({ deviceStates: true }),
});
export type OnTelephonyState = z.infer<typeof onTelephonyStateSchema>;

/** Any event of the `telephony` package. */
export const telephonyEventSchema = z.discriminatedUnion('eventName', [
  onCallCreatedSchema,
  onCallModifiedSchema,
  onCallRemovedSchema,
  onUserStateModifiedSchema,
  onDeviceStateModifiedSchema,
  onTelephonyStateSchema,
]);
export type TelephonyEvent = z.infer<typeof telephonyEventSchema>;
