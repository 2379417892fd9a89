import { z } from 'zod';

/**
 * The embedded lab's test-only controls (`/__sim/…` on the lab, `/o2g/__lab/…` through the console's
 * proxy): what the console's Lab drawer reads back. No real O2G has any of this.
 */

/** A lab phone, who holds it and how it behaves. */
export const labPhoneSchema = z.object({
  /** The extension number, e.g. `2002`. */
  number: z.string(),
  /** The person who holds it, e.g. `Bruno Lefebvre`. */
  name: z.string(),
  busy: z.boolean(),
  outOfService: z.boolean(),
  /** Seconds before the phone answers by itself; null: it rings until someone answers. */
  autoAnswerAfterSeconds: z.number().nullable(),
});
/** A parsed lab phone. */
export type LabPhone = z.infer<typeof labPhoneSchema>;

/** `GET /__sim/state`: the parts the console reads (the lab sends more). */
export const labStateSchema = z.object({
  nowMs: z.number(),
  timing: z.object({
    /** How long a call rings before it goes to voicemail (or stops ringing). */
    ringTimeoutSeconds: z.number(),
    /** How long a session nobody keeps alive lasts, grace included. */
    sessionExpirySeconds: z.number(),
  }),
  users: z.array(z.object({ loginName: z.string(), phone: labPhoneSchema })),
});
/** A parsed lab state. */
export type LabState = z.infer<typeof labStateSchema>;

/** `POST /__sim/phones/{number}/answer` and `…/hangup`: the phone's user state after it. */
export const labPhoneActionSchema = z.object({
  number: z.string(),
  userState: z.enum(['FREE', 'BUSY']).optional(),
});

/** `PUT /__sim/phones/{number}/behaviour`: the phone's behaviour now. */
export const labBehaviourSchema = labPhoneSchema.omit({ name: true });

/** `POST /__sim/incoming-call`: the call that arrives from outside. */
export const labIncomingCallSchema = z.object({ callRef: z.string(), from: z.string(), to: z.string() });

/** `POST /__sim/clock/advance`: the lab's time after the move. */
export const labClockSchema = z.object({ now: z.string(), nowMs: z.number() });

/** `POST /__sim/events/drop`: how many open event channels were cut. */
export const labDroppedSchema = z.object({ dropped: z.number() });
