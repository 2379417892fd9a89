import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  deskSharingRequestSchema,
  pickupRequestSchema,
  unparkRequestSchema,
} from '../../../src/o2g/contract';
import { deskSharing, intrude, pickUpCall, unparkCall } from '../model/calls/telephony-services';
import { sendNoContent } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { actingOnUser, inSession } from '../http/route-options';
import { commit } from '../http/session-guard';
import type { SimApp } from '../http/zod-routes';
import { deviceUser, TELEPHONY_PATH } from '../http/telephony-target';

const DEVICE = `${TELEPHONY_PATH}/devices/:deviceId`;

const telephonyOf = (request: FastifyRequest) => request.server.sim.world.telephony;

const deviceParams = z.object({ deviceId: z.string() });

/** The device of the path and the user it belongs to (the session's own, or any for an administrator). */
function deviceOf(request: FastifyRequest, deviceId: string) {
  return { deviceId, user: deviceUser(request, request.o2gSession, deviceId) };
}

/** Devices: pickup, intrusion, unpark, interphony; and desk sharing, which the lab's users do not have. */
export function telephonyDevicesRoutes(app: SimApp): void {
  const deviceRoute = inSession({ params: deviceParams, actsForLogin: true });
  app.post(`${DEVICE}/pickup`, deviceRoute, (request, reply) => {
    const { deviceId, user } = deviceOf(request, request.params.deviceId);
    const { otherCallRef, otherPhoneNumber, autoAnswer } = parseBody(pickupRequestSchema, request.body);
    const pickup = { otherCallRef, otherPhoneNumber, autoAnswer: autoAnswer ?? true };
    commit(request, pickUpCall(telephonyOf(request), user.loginName, deviceId, pickup));
    return sendNoContent(reply);
  });

  app.post(`${DEVICE}/intrusion`, deviceRoute, (request, reply) => {
    const { deviceId, user } = deviceOf(request, request.params.deviceId);
    commit(request, intrude(telephonyOf(request), user.loginName, deviceId));
    return sendNoContent(reply);
  });

  app.post(`${DEVICE}/unpark`, deviceRoute, (request, reply) => {
    const { deviceId, user } = deviceOf(request, request.params.deviceId);
    const { heldCallRef } = parseBody(unparkRequestSchema, request.body);
    commit(request, unparkCall(telephonyOf(request), user.loginName, deviceId, heldCallRef));
    return sendNoContent(reply);
  });

  // Interphony / microphone toggle works blind: nothing the API shows changes (node PUT, java POST).
  for (const method of ['PUT', 'POST'] as const) {
    app.route({
      ...deviceRoute,
      method,
      url: `${DEVICE}/ithmicro`,
      handler: (request, reply) => {
        deviceOf(request, request.params.deviceId);
        return sendNoContent(reply);
      },
    });
  }

  app.post(`${TELEPHONY_PATH}/deskSharing`, actingOnUser(), (request) => {
    const { loginName } = request.actedOn;
    parseBody(deskSharingRequestSchema, request.body);
    deskSharing(loginName);
  });

  app.delete(`${TELEPHONY_PATH}/deskSharing`, actingOnUser(), (request) => {
    deskSharing(request.actedOn.loginName);
  });
}
