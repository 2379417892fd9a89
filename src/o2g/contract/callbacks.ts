import { z } from 'zod';
import { partyInfoSchema } from './telephony';

/** A callback request left for the user by someone who could not reach them. */
export const callbackSchema = z.object({ callbackId: z.string(), partyInfo: partyInfoSchema });
/** Parsed callback request. */
export type Callback = z.infer<typeof callbackSchema>;

/** Answer to `GET …/telephony/incomingCallbacks`. */
export const callbackListSchema = z.object({ callbacks: z.array(callbackSchema) });
/** Parsed callback list. */
export type CallbackList = z.infer<typeof callbackListSchema>;

/** Body of `POST …/telephony/outgoingCallbacks`: ask `callee` to call the user back. */
export const outgoingCallbackRequestSchema = z.object({ callee: z.string().regex(/^[0-9]+$/) });
/** Parsed outgoing callback request. */
export type OutgoingCallbackRequest = z.infer<typeof outgoingCallbackRequestSchema>;
