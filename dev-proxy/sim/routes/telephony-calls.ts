import type { FastifyRequest } from 'fastify';
import {
  blindTransferRequestSchema,
  deviceIdRequestSchema,
  makeCallRequestSchema,
  redirectRequestSchema,
  sendDtmfRequestSchema,
  transferRequestSchema,
  type CallsAnswer,
  type MakeCallRequest,
} from '../../../src/o2g/contract';
import { callViewFor } from '../model/calls/call-view';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { acdCallBody, checkCallOptions, refuseAcdCall } from '../http/make-call-options';
import { o2gUrls } from '../http/o2g-urls';
import { parseBody } from '../http/parse-request';
import { actingOnUser, inSession } from '../http/route-options';
import { commit, targetUser } from '../http/session-guard';
import { callParams, deviceUser, TELEPHONY_PATH } from '../http/telephony-target';
import type { SimApp } from '../http/zod-routes';

const CALLS = `${TELEPHONY_PATH}/calls`;
const CALL = `${CALLS}/:callRef`;

const telephonyOf = (request: FastifyRequest) => request.server.sim.world.telephony;

/** The user a request naming a device in its body acts on, and the parsed body. */
function deviceRequest<T extends { deviceId: string }>(request: FastifyRequest, parse: (body: unknown) => T) {
  const body = parse(request.body);
  return { loginName: deviceUser(request, request.o2gSession, body.deviceId).loginName, body };
}

/** The correlator data of a make-call, as hex; the legacy text form is converted. */
function correlatorOf(body: MakeCallRequest): string | undefined {
  if (body.hexaBinaryAssociatedData !== undefined) return body.hexaBinaryAssociatedData.toLowerCase();
  if (body.associatedData !== undefined) return Buffer.from(body.associatedData, 'utf8').toString('hex');
  return undefined;
}

/** Telephony (advanced): the calls of a user and what can be done with each. */
export function telephonyCallsRoutes(app: SimApp): void {
  const callRoute = actingOnUser({ params: callParams });
  // Routes naming a device in their body: the device says whose it is, after the session.
  const deviceCallRoute = inSession({ params: callParams, actsForLogin: true });

  app.get(CALLS, actingOnUser(), (request, reply) => {
    const { loginName } = request.actedOn;
    const own = telephonyOf(request).calls(loginName);
    const calls = own.flatMap((call) => callViewFor(call, loginName, own) ?? []);
    const answer: CallsAnswer = { calls };
    return sendO2g(reply, answer);
  });

  app.post(CALLS, inSession({ actsForLogin: true }), (request, reply) => {
    const session = request.o2gSession;
    const acd = acdCallBody(request.body);
    if (acd) {
      targetUser(request, session);
      deviceUser(request, session, acd.deviceId);
      refuseAcdCall(acd);
    }
    const body = parseBody(makeCallRequestSchema, request.body);
    const { deviceId, callee, autoAnswer } = body;
    // The loginName rule comes first: an administrator must name the user even with a deviceId.
    const { loginName } = targetUser(request, session);
    deviceUser(request, session, deviceId);
    checkCallOptions(request, body);
    const { callRef } = commit(
      request,
      telephonyOf(request).makeCall(loginName, deviceId, callee, {
        autoAnswer: autoAnswer ?? true,
        associatedData: correlatorOf(body),
      }),
    );
    return reply
      .code(201)
      .header('location', `${o2gUrls(request).apiBase}/telephony/calls/${callRef}`)
      .send();
  });

  app.get(CALL, callRoute, (request, reply) => {
    const { loginName } = request.actedOn;
    const telephony = telephonyOf(request);
    const call = telephony.call(loginName, request.params.callRef);
    return sendO2g(reply, callViewFor(call, loginName, telephony.calls(loginName)));
  });

  app.delete(CALL, callRoute, (request, reply) => {
    commit(request, telephonyOf(request).release(request.actedOn.loginName, request.params.callRef));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/dropme`, callRoute, (request, reply) => {
    commit(request, telephonyOf(request).leave(request.actedOn.loginName, request.params.callRef));
    return sendNoContent(reply);
  });

  const deviceActions = { answer: 'answer', hold: 'hold', retrieve: 'retrieve' } as const;
  for (const [path, command] of Object.entries(deviceActions)) {
    app.post(`${CALL}/${path}`, deviceCallRoute, (request, reply) => {
      const { loginName } = deviceRequest(request, (body) => parseBody(deviceIdRequestSchema, body));
      commit(request, telephonyOf(request)[command](loginName, request.params.callRef));
      return sendNoContent(reply);
    });
  }

  app.post(`${CALL}/sendDtmf`, deviceCallRoute, (request, reply) => {
    const { loginName } = deviceRequest(request, (body) => parseBody(sendDtmfRequestSchema, body));
    commit(request, telephonyOf(request).sendDtmf(loginName, request.params.callRef));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/transfer`, callRoute, (request, reply) => {
    const { loginName } = request.actedOn;
    const { heldCallRef } = parseBody(transferRequestSchema, request.body);
    commit(request, telephonyOf(request).transfer(loginName, request.params.callRef, heldCallRef));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/blindtransfer`, callRoute, (request, reply) => {
    const { loginName } = request.actedOn;
    const { transferTo } = parseBody(blindTransferRequestSchema, request.body);
    commit(request, telephonyOf(request).blindTransfer(loginName, request.params.callRef, transferTo));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/redirect`, callRoute, (request, reply) => {
    const { loginName } = request.actedOn;
    const { redirectTo } = parseBody(redirectRequestSchema, request.body);
    commit(request, telephonyOf(request).redirect(loginName, request.params.callRef, redirectTo));
    return sendNoContent(reply);
  });
}
