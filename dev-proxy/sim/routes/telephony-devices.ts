import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  deskSharingRequestSchema,
  pickupRequestSchema,
  unparkRequestSchema,
} from '../../../src/o2g/contract';
import { deskSharing, intrude, pickUpCall, unparkCall } from '../model/calls/telephony-services';
import { sendNoContent } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { withQuery } from '../http/route-query';
import { loginQuery } from '../http/service-access';
import { commit, requireSession, targetUser } from '../http/session-guard';
import { deviceUser, TELEPHONY_PATH } from '../http/telephony-target';

const DEVICE = `${TELEPHONY_PATH}/devices/:deviceId`;

const telephonyOf = (request: FastifyRequest) => request.server.sim.world.telephony;

/** The device of the path and the user it belongs to (the session's own, or any for an administrator). */
function deviceOf(request: FastifyRequest) {
  const { deviceId } = request.params as { deviceId: string };
  return { deviceId, user: deviceUser(request, requireSession(request), deviceId) };
}

/** Devices: pickup, intrusion, unpark, interphony; and desk sharing, which the lab's users do not have. */
export function telephonyDevicesRoutes(app: FastifyInstance): void {
  app.post(`${DEVICE}/pickup`, withQuery(loginQuery), (request, reply) => {
    const { deviceId, user } = deviceOf(request);
    const { otherCallRef, otherPhoneNumber, autoAnswer } = parseBody(pickupRequestSchema, request.body);
    const pickup = { otherCallRef, otherPhoneNumber, autoAnswer: autoAnswer ?? true };
    commit(request, pickUpCall(telephonyOf(request), user.loginName, deviceId, pickup));
    return sendNoContent(reply);
  });

  app.post(`${DEVICE}/intrusion`, withQuery(loginQuery), (request, reply) => {
    const { deviceId, user } = deviceOf(request);
    commit(request, intrude(telephonyOf(request), user.loginName, deviceId));
    return sendNoContent(reply);
  });

  app.post(`${DEVICE}/unpark`, withQuery(loginQuery), (request, reply) => {
    const { deviceId, user } = deviceOf(request);
    const { heldCallRef } = parseBody(unparkRequestSchema, request.body);
    commit(request, unparkCall(telephonyOf(request), user.loginName, deviceId, heldCallRef));
    return sendNoContent(reply);
  });

  // Interphony / microphone toggle works blind: nothing the API shows changes (node PUT, java POST).
  for (const method of ['PUT', 'POST'] as const) {
    app.route({
      ...withQuery(loginQuery),
      method,
      url: `${DEVICE}/ithmicro`,
      handler: (request, reply) => {
        deviceOf(request);
        return sendNoContent(reply);
      },
    });
  }

  app.post(`${TELEPHONY_PATH}/deskSharing`, withQuery(loginQuery), (request) => {
    const { loginName } = targetUser(request, requireSession(request));
    parseBody(deskSharingRequestSchema, request.body);
    deskSharing(loginName);
  });

  app.delete(`${TELEPHONY_PATH}/deskSharing`, withQuery(loginQuery), (request) => {
    deskSharing(targetUser(request, requireSession(request)).loginName);
  });
}
