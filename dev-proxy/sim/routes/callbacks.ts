import { z } from 'zod';
import { outgoingCallbackRequestSchema, type CallbackList } from '../../../src/o2g/contract';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { userServices } from '../http/service-access';
import { commit } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';
import { actingOnUser } from '../http/route-options';
import type { SimApp } from '../http/zod-routes';

const INCOMING = `${O2G_PATHS.apiBase}/telephony/incomingCallbacks`;
const callbackParams = z.object({ callbackId: z.string() });

/** IncomingCallbacks and OutgoingCallbacks: ask someone to call back, list and delete the requests left for you. */
export function callbacksRoutes(app: SimApp): void {
  app.get(INCOMING, actingOnUser(), (request, reply) => {
    const callbacks = userServices(request).callbacks.incoming(request.actedOn.loginName);
    const answer: CallbackList = {
      callbacks: callbacks.map(({ callbackId, partyInfo }) => ({ callbackId, partyInfo })),
    };
    return sendO2g(reply, answer);
  });

  app.delete(INCOMING, actingOnUser(), (request, reply) => {
    commit(request, userServices(request).callbacks.delete(request.actedOn.loginName));
    return sendNoContent(reply);
  });

  app.delete(`${INCOMING}/:callbackId`, actingOnUser({ params: callbackParams }), (request, reply) => {
    const { callbacks } = userServices(request);
    commit(request, callbacks.delete(request.actedOn.loginName, request.params.callbackId));
    return sendNoContent(reply);
  });

  app.post(`${O2G_PATHS.apiBase}/telephony/outgoingCallbacks`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    const { callee } = parseBody(outgoingCallbackRequestSchema, request.body);
    commit(request, userServices(request).callbacks.request(user, callee));
    return sendNoContent(reply);
  });
}
