import type { FastifyInstance, FastifyRequest } from 'fastify';
import { outgoingCallbackRequestSchema, type CallbackList } from '../../../src/o2g/contract';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { userServices } from '../http/service-access';
import { commit, requireSession, targetUser } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';
import { withQuery } from '../http/route-query';
import { loginQuery } from '../http/service-access';

const INCOMING = `${O2G_PATHS.apiBase}/telephony/incomingCallbacks`;
const actedOn = (request: FastifyRequest) => targetUser(request, requireSession(request));

/** IncomingCallbacks and OutgoingCallbacks: ask someone to call back, list and delete the requests left for you. */
export function callbacksRoutes(app: FastifyInstance): void {
  app.get(INCOMING, withQuery(loginQuery), (request, reply) => {
    const user = actedOn(request);
    const callbacks = userServices(request).callbacks.incoming(user.loginName);
    const answer: CallbackList = {
      callbacks: callbacks.map(({ callbackId, partyInfo }) => ({ callbackId, partyInfo })),
    };
    return sendO2g(reply, answer);
  });

  app.delete(INCOMING, withQuery(loginQuery), (request, reply) => {
    commit(request, userServices(request).callbacks.delete(actedOn(request).loginName));
    return sendNoContent(reply);
  });

  app.delete<{ Params: { callbackId: string } }>(
    `${INCOMING}/:callbackId`,
    withQuery(loginQuery),
    (request, reply) => {
      commit(
        request,
        userServices(request).callbacks.delete(actedOn(request).loginName, request.params.callbackId),
      );
      return sendNoContent(reply);
    },
  );

  app.post(`${O2G_PATHS.apiBase}/telephony/outgoingCallbacks`, withQuery(loginQuery), (request, reply) => {
    const user = actedOn(request);
    const { callee } = parseBody(outgoingCallbackRequestSchema, request.body);
    commit(request, userServices(request).callbacks.request(user, callee));
    return sendNoContent(reply);
  });
}
