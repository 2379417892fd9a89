import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { dialStringSchema, type MakeCallRequest } from '../../../src/o2g/contract';
import { serviceNotProvided, wrongPin } from '../model/calls/telephony-errors';
import { SimError } from '../model/sim-error';
import { parseBody } from './parse-request';
import { userServices } from './service-access';

// The make-call options beyond a plain call: private (PIN), business (account code) and the ACD
// variants (call to a supervisor, supervised transfer to a pilot). The lab's OXE has no call center,
// so the ACD variants are checked and then refused as a real OXE without CCD refuses them.

const acdCallSchema = z.object({
  deviceId: z.string().min(1),
  // A call to one's supervisor names no callee; a supervised transfer names the pilot.
  callee: dialStringSchema.optional(),
  autoAnswer: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(),
  hexaBinaryAssociatedData: z
    .string()
    .regex(/^([0-9a-fA-F]{2}){1,32}$/)
    .optional(),
  acdCall: z.object({
    callToSupervisor: z.boolean().optional(),
    supervisedTransfer: z.boolean().optional(),
    skills: z.object({ skills: z.array(z.object({ skillNumber: z.number().int() }).loose()) }).optional(),
  }),
});

/** The body of an ACD make-call (one that carries `acdCall`), or undefined for any other body. */
export function acdCallBody(body: unknown): z.infer<typeof acdCallSchema> | undefined {
  if (typeof body !== 'object' || body === null || !('acdCall' in body)) return undefined;
  return parseBody(acdCallSchema, body);
}

/** What a real OXE without a call center answers to an ACD make-call, once the device is checked. */
export function refuseAcdCall(acd: z.infer<typeof acdCallSchema>): never {
  if (acd.acdCall.callToSupervisor)
    throw serviceNotProvided('No call center on this OXE: the user has no supervisor to call');
  throw serviceNotProvided(`No call center on this OXE: ${acd.callee ?? 'no pilot'} is not a CCD pilot`);
}

/**
 * A private call must carry the calling set's PIN (and a secret code when that PIN asks for one); a
 * call is private or business, never both. The lab keeps no secret codes, so any digits are taken.
 */
export function checkCallOptions(request: FastifyRequest, body: MakeCallRequest): void {
  const { deviceId, pin, secretCode, businessCode } = body;
  if (pin === undefined) {
    if (secretCode !== undefined) throw new SimError('badRequest', 'A secretCode goes with a pin');
    return;
  }
  if (businessCode !== undefined)
    throw new SimError('badRequest', 'A call is either private (pin) or business (businessCode)');
  const setPin = userServices(request).phoneSets.pin(deviceId);
  if (pin !== setPin.Pin_Number) throw wrongPin(deviceId, 'The PIN does not match');
  if (setPin.With_Secret_Code && secretCode === undefined)
    throw wrongPin(deviceId, 'This PIN needs its secret code');
}
