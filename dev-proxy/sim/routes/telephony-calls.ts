import type { FastifyInstance, FastifyRequest } from 'fastify';
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
import { withQuery } from '../http/route-query';
import { loginQuery } from '../http/service-access';
import { commit, requireSession, targetUser } from '../http/session-guard';
import { callRefParam, deviceUser, TELEPHONY_PATH } from '../http/telephony-target';

const CALLS = `${TELEPHONY_PATH}/calls`;
const CALL = `${CALLS}/:callRef`;

const telephonyOf = (request: FastifyRequest) => request.server.sim.world.telephony;

/** The user a per-user request acts on (an administrator names it with `?loginName=`). */
const userOf = (request: FastifyRequest) => targetUser(request, requireSession(request)).loginName;

/** The user a request naming a device in its body acts on, and the parsed body. */
function deviceRequest<T extends { deviceId: string }>(request: FastifyRequest, parse: (body: unknown) => T) {
  const session = requireSession(request);
  const body = parse(request.body);
  return { loginName: deviceUser(request, session, body.deviceId).loginName, body };
}

/** The correlator data of a make-call, as hex; the legacy text form is converted. */
function correlatorOf(body: MakeCallRequest): string | undefined {
  if (body.hexaBinaryAssociatedData !== undefined) return body.hexaBinaryAssociatedData.toLowerCase();
  if (body.associatedData !== undefined) return Buffer.from(body.associatedData, 'utf8').toString('hex');
  return undefined;
}

/** Telephony (advanced): the calls of a user and what can be done with each. */
export function telephonyCallsRoutes(app: FastifyInstance): void {
  app.get(CALLS, withQuery(loginQuery), (request, reply) => {
    const loginName = userOf(request);
    const own = telephonyOf(request).calls(loginName);
    const calls = own.flatMap((call) => callViewFor(call, loginName, own) ?? []);
    const answer: CallsAnswer = { calls };
    return sendO2g(reply, answer);
  });

  app.post(CALLS, withQuery(loginQuery), (request, reply) => {
    const session = requireSession(request);
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

  app.get(CALL, withQuery(loginQuery), (request, reply) => {
    const loginName = userOf(request);
    return sendO2g(
      reply,
      callViewFor(
        telephonyOf(request).call(loginName, callRefParam(request)),
        loginName,
        telephonyOf(request).calls(loginName),
      ),
    );
  });

  app.delete(CALL, withQuery(loginQuery), (request, reply) => {
    commit(request, telephonyOf(request).release(userOf(request), callRefParam(request)));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/dropme`, withQuery(loginQuery), (request, reply) => {
    commit(request, telephonyOf(request).leave(userOf(request), callRefParam(request)));
    return sendNoContent(reply);
  });

  const deviceActions = { answer: 'answer', hold: 'hold', retrieve: 'retrieve' } as const;
  for (const [path, command] of Object.entries(deviceActions)) {
    app.post(`${CALL}/${path}`, withQuery(loginQuery), (request, reply) => {
      const { loginName } = deviceRequest(request, (body) => parseBody(deviceIdRequestSchema, body));
      commit(request, telephonyOf(request)[command](loginName, callRefParam(request)));
      return sendNoContent(reply);
    });
  }

  app.post(`${CALL}/sendDtmf`, withQuery(loginQuery), (request, reply) => {
    const { loginName } = deviceRequest(request, (body) => parseBody(sendDtmfRequestSchema, body));
    commit(request, telephonyOf(request).sendDtmf(loginName, callRefParam(request)));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/transfer`, withQuery(loginQuery), (request, reply) => {
    const loginName = userOf(request);
    const { heldCallRef } = parseBody(transferRequestSchema, request.body);
    commit(request, telephonyOf(request).transfer(loginName, callRefParam(request), heldCallRef));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/blindtransfer`, withQuery(loginQuery), (request, reply) => {
    const loginName = userOf(request);
    const { transferTo } = parseBody(blindTransferRequestSchema, request.body);
    commit(request, telephonyOf(request).blindTransfer(loginName, callRefParam(request), transferTo));
    return sendNoContent(reply);
  });

  app.post(`${CALL}/redirect`, withQuery(loginQuery), (request, reply) => {
    const loginName = userOf(request);
    const { redirectTo } = parseBody(redirectRequestSchema, request.body);
    commit(request, telephonyOf(request).redirect(loginName, callRefParam(request), redirectTo));
    return sendNoContent(reply);
  });
}
