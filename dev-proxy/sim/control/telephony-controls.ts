import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { dialStringSchema } from '../../../src/o2g/contract';
import { answerPhone, hangUpPhone, incomingCall, setPhoneBehaviour } from '../model/calls/phone-controls';
import { parseBody } from '../http/parse-request';
import { openRoute } from '../http/route-options';
import { commit } from '../http/session-guard';
import type { SimApp } from '../http/zod-routes';
import { CONTROL_PREFIX as CONTROLS, sendControlJson as sendJson } from './control-paths';

const behaviourPatchSchema = z.strictObject({
  busy: z.boolean().optional(),
  outOfService: z.boolean().optional(),
  /** Seconds before the phone answers by itself; null: never. */
  autoAnswerAfterSeconds: z.number().int().positive().nullable().optional(),
});

const incomingCallSchema = z.strictObject({
  /** The outside number calling (as the trunk presents it). */
  from: dialStringSchema,
  /** The extension called. */
  to: z.string().regex(/^[0-9]+$/, 'must be an extension'),
});

const phoneRoute = openRoute({ params: z.object({ number: z.string() }) });

/**
 * The simulated phones, driven from tests and demos: answer, hang up, change behaviour (busy, out of
 * service, auto-answer), and a call from outside. Unknown numbers are 404s.
 */
export function telephonyControlRoutes(app: SimApp): void {
  const phoneState = (request: FastifyRequest, number: string) => {
    const { world } = request.server.sim;
    const user = world.directory.userByPhoneNumber(number);
    return { number, userState: user ? world.telephony.userState(user.loginName) : undefined };
  };

  app.post(`${CONTROLS}/phones/:number/answer`, phoneRoute, (request, reply) => {
    const { number } = request.params;
    commit(request, answerPhone(request.server.sim.world.telephony, number));
    return sendJson(reply, phoneState(request, number));
  });

  app.post(`${CONTROLS}/phones/:number/hangup`, phoneRoute, (request, reply) => {
    const { number } = request.params;
    commit(request, hangUpPhone(request.server.sim.world.telephony, number));
    return sendJson(reply, phoneState(request, number));
  });

  app.put(`${CONTROLS}/phones/:number/behaviour`, phoneRoute, (request, reply) => {
    const { number } = request.params;
    const patch = parseBody(behaviourPatchSchema, request.body);
    const behaviour = commit(request, setPhoneBehaviour(request.server.sim.world.telephony, number, patch));
    return sendJson(reply, { number, ...behaviour });
  });

  app.post(`${CONTROLS}/incoming-call`, (request, reply) => {
    const { from, to } = parseBody(incomingCallSchema, request.body);
    const { callRef } = commit(request, incomingCall(request.server.sim.world.telephony, from, to));
    return sendJson(reply, { callRef, from, to }, 201);
  });
}
