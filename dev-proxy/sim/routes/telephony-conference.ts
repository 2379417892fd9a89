import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  deviceIdRequestSchema,
  reconnectRequestSchema,
  transferRequestSchema,
  type Call,
} from '../../../src/o2g/contract';
import { callViewFor } from '../model/calls/call-view';
import { unknownLeg, unknownParticipant } from '../model/calls/telephony-errors';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { actingOnUser, inSession } from '../http/route-options';
import { commit } from '../http/session-guard';
import { callParams, deviceUser, TELEPHONY_PATH } from '../http/telephony-target';
import type { SimApp } from '../http/zod-routes';

const CALL = `${TELEPHONY_PATH}/calls/:callRef`;

const telephonyOf = (request: FastifyRequest) => request.server.sim.world.telephony;
const participantParams = callParams.extend({ participantId: z.string() });
const legParams = callParams.extend({ legId: z.string() });

/** The call as the acting user sees it (404 when it is not in it). */
function viewOf(request: FastifyRequest, callRef: string): Call {
  const { loginName } = request.actedOn;
  const telephony = telephonyOf(request);
  const view = callViewFor(telephony.call(loginName, callRef), loginName, telephony.calls(loginName));
  if (!view) throw new Error(`call ${callRef} has no view for ${loginName}`);
  return view;
}

/** Telephony: consultation (alternate, reconnect), conference (merge, participants) and the user's legs. */
export function telephonyConferenceRoutes(app: SimApp): void {
  const callRoute = actingOnUser({ params: callParams });
  // Routes naming a device in their body: the device says whose it is, after the session.
  const deviceCallRoute = inSession({ params: callParams, actsForLogin: true });

  app.post(`${CALL}/alternate`, deviceCallRoute, (request, reply) => {
    const session = request.o2gSession;
    const { deviceId } = parseBody(deviceIdRequestSchema, request.body);
    const { loginName } = deviceUser(request, session, deviceId);
    commit(request, telephonyOf(request).alternate(loginName, request.params.callRef));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/reconnect`, deviceCallRoute, (request, reply) => {
    const session = request.o2gSession;
    const { deviceId, enquiryCallRef } = parseBody(reconnectRequestSchema, request.body);
    const { loginName } = deviceUser(request, session, deviceId);
    commit(request, telephonyOf(request).reconnect(loginName, request.params.callRef, enquiryCallRef));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/merge`, callRoute, (request, reply) => {
    const { loginName } = request.actedOn;
    const { heldCallRef } = parseBody(transferRequestSchema, request.body);
    commit(request, telephonyOf(request).merge(loginName, request.params.callRef, heldCallRef));
    return sendNoContent(reply);
  });

  app.get(`${CALL}/participants`, callRoute, (request, reply) =>
    sendO2g(reply, { participants: viewOf(request, request.params.callRef).participants }),
  );

  app.get(`${CALL}/participants/:participantId`, actingOnUser({ params: participantParams }), (request, reply) => {
    const view = viewOf(request, request.params.callRef);
    const id = request.params.participantId;
    const participant = view.participants.find((p) => p.participantId === id);
    if (!participant) throw unknownParticipant(view.callRef, id);
    return sendO2g(reply, participant);
  });

  app.delete(`${CALL}/participants/:participantId`, actingOnUser({ params: participantParams }), (request, reply) => {
    const { callRef, participantId } = request.params;
    commit(request, telephonyOf(request).dropParticipant(request.actedOn.loginName, callRef, participantId));
    return sendNoContent(reply);
  });

  app.get(`${CALL}/deviceLegs`, callRoute, (request, reply) =>
    sendO2g(reply, { legs: viewOf(request, request.params.callRef).legs }),
  );

  // A leg is named by its device (the user's own legs are one per device).
  app.get(`${CALL}/deviceLegs/:legId`, actingOnUser({ params: legParams }), (request, reply) => {
    const view = viewOf(request, request.params.callRef);
    const id = request.params.legId;
    const leg = view.legs.find((l) => l.deviceId === id);
    if (!leg) throw unknownLeg(view.callRef, id);
    return sendO2g(reply, leg);
  });
}
