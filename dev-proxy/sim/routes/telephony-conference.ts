import type { FastifyInstance, FastifyRequest } from 'fastify';
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
import { withQuery } from '../http/route-query';
import { loginQuery } from '../http/service-access';
import { commit, requireSession, targetUser } from '../http/session-guard';
import { callRefParam, deviceUser, TELEPHONY_PATH } from '../http/telephony-target';

const CALL = `${TELEPHONY_PATH}/calls/:callRef`;

const telephonyOf = (request: FastifyRequest) => request.server.sim.world.telephony;
const userOf = (request: FastifyRequest) => targetUser(request, requireSession(request)).loginName;

/** The call as the acting user sees it (404 when it is not in it). */
function viewOf(request: FastifyRequest): Call {
  const loginName = userOf(request);
  const callRef = callRefParam(request);
  const telephony = telephonyOf(request);
  const view = callViewFor(telephony.call(loginName, callRef), loginName, telephony.calls(loginName));
  if (!view) throw new Error(`call ${callRef} has no view for ${loginName}`);
  return view;
}

const paramOf = (request: FastifyRequest, name: 'participantId' | 'legId') =>
  (request.params as Record<string, string>)[name] ?? '';

/** Telephony: consultation (alternate, reconnect), conference (merge, participants) and the user's legs. */
export function telephonyConferenceRoutes(app: FastifyInstance): void {
  app.post(`${CALL}/alternate`, withQuery(loginQuery), (request, reply) => {
    const session = requireSession(request);
    const { deviceId } = parseBody(deviceIdRequestSchema, request.body);
    const { loginName } = deviceUser(request, session, deviceId);
    commit(request, telephonyOf(request).alternate(loginName, callRefParam(request)));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/reconnect`, withQuery(loginQuery), (request, reply) => {
    const session = requireSession(request);
    const { deviceId, enquiryCallRef } = parseBody(reconnectRequestSchema, request.body);
    const { loginName } = deviceUser(request, session, deviceId);
    commit(request, telephonyOf(request).reconnect(loginName, callRefParam(request), enquiryCallRef));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/merge`, withQuery(loginQuery), (request, reply) => {
    const loginName = userOf(request);
    const { heldCallRef } = parseBody(transferRequestSchema, request.body);
    commit(request, telephonyOf(request).merge(loginName, callRefParam(request), heldCallRef));
    return sendNoContent(reply);
  });

  app.get(`${CALL}/participants`, withQuery(loginQuery), (request, reply) =>
    sendO2g(reply, { participants: viewOf(request).participants }),
  );

  app.get(`${CALL}/participants/:participantId`, withQuery(loginQuery), (request, reply) => {
    const view = viewOf(request);
    const id = paramOf(request, 'participantId');
    const participant = view.participants.find((p) => p.participantId === id);
    if (!participant) throw unknownParticipant(view.callRef, id);
    return sendO2g(reply, participant);
  });

  app.delete(`${CALL}/participants/:participantId`, withQuery(loginQuery), (request, reply) => {
    const loginName = userOf(request);
    const id = paramOf(request, 'participantId');
    commit(request, telephonyOf(request).dropParticipant(loginName, callRefParam(request), id));
    return sendNoContent(reply);
  });

  app.get(`${CALL}/deviceLegs`, withQuery(loginQuery), (request, reply) =>
    sendO2g(reply, { legs: viewOf(request).legs }),
  );

  // A leg is named by its device (the user's own legs are one per device).
  app.get(`${CALL}/deviceLegs/:legId`, withQuery(loginQuery), (request, reply) => {
    const view = viewOf(request);
    const id = paramOf(request, 'legId');
    const leg = view.legs.find((l) => l.deviceId === id);
    if (!leg) throw unknownLeg(view.callRef, id);
    return sendO2g(reply, leg);
  });
}
