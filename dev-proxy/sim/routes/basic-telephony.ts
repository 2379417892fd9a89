import { deviceIdRequestSchema, makeCallRequestSchema } from '../../../src/o2g/contract';
import { sendNoContent } from '../http/o2g-json';
import { o2gUrls } from '../http/o2g-urls';
import { parseBody } from '../http/parse-request';
import { actingOnUser, inSession } from '../http/route-options';
import { commit } from '../http/session-guard';
import { deviceUser, TELEPHONY_PATH } from '../http/telephony-target';
import type { SimApp } from '../http/zod-routes';

/**
 * BasicTelephony: make a call, answer, leave the call. No licence needed on a real O2G. The world's parts
 * are read at each request (a lab reset replaces them).
 */
export function basicTelephonyRoutes(app: SimApp): void {
  app.post(`${TELEPHONY_PATH}/basicCall`, inSession({ actsForLogin: true }), (request, reply) => {
    const session = request.o2gSession;
    const { deviceId, callee, autoAnswer } = parseBody(makeCallRequestSchema, request.body);
    const user = deviceUser(request, session, deviceId);
    const { callRef } = commit(
      request,
      request.server.sim.world.telephony.makeCall(user.loginName, deviceId, callee, {
        autoAnswer: autoAnswer ?? true,
      }),
    );
    // Captures show only the 201; the Location of the advanced make-call is harmless here and useful.
    return reply
      .code(201)
      .header('location', `${o2gUrls(request).apiBase}/telephony/calls/${callRef}`)
      .send();
  });

  app.post(`${TELEPHONY_PATH}/basicCall/answer`, inSession({ actsForLogin: true }), (request, reply) => {
    const session = request.o2gSession;
    const { deviceId } = parseBody(deviceIdRequestSchema, request.body);
    const user = deviceUser(request, session, deviceId);
    commit(request, request.server.sim.world.telephony.answerDevice(user.loginName, deviceId));
    return sendNoContent(reply);
  });

  app.post(`${TELEPHONY_PATH}/basicCall/dropme`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    commit(request, request.server.sim.world.telephony.dropMe(user.loginName));
    return sendNoContent(reply);
  });
}
