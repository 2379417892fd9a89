import type { FastifyInstance, FastifyRequest } from 'fastify';
import { miniMessageRequestSchema } from '../../../src/o2g/contract';
import { setHuntingLogon } from '../model/calls/telephony-services';
import { serviceNotProvided } from '../model/calls/telephony-errors';
import { SimError } from '../model/sim-error';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { withQuery } from '../http/route-query';
import { loginQuery } from '../http/service-access';
import { commit, requireSession, targetUser } from '../http/session-guard';
import { TELEPHONY_PATH } from '../http/telephony-target';

const telephonyOf = (request: FastifyRequest) => request.server.sim.world.telephony;
const userOf = (request: FastifyRequest) => targetUser(request, requireSession(request));
const groupParam = (request: FastifyRequest) => (request.params as { hgNumber: string }).hgNumber;

/** Hunting groups (log on/off, membership, list), mini messages and CCD pilot transfer info. */
export function telephonyGroupsRoutes(app: FastifyInstance): void {
  const LOGON = `${TELEPHONY_PATH}/huntingGroupLogOn`;

  app.get(LOGON, withQuery(loginQuery), (request, reply) => {
    const user = userOf(request);
    const logon = telephonyOf(request).store.huntingGroups.isLoggedOn(user.companyPhone);
    return sendO2g(reply, { logon }, { keepFalse: ['logon'] });
  });

  for (const [method, logon] of [
    ['POST', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      ...withQuery(loginQuery),
      method,
      url: LOGON,
      handler: (request, reply) => {
        commit(request, setHuntingLogon(telephonyOf(request), userOf(request), logon));
        return sendNoContent(reply);
      },
    });
  }

  app.post(`${TELEPHONY_PATH}/huntingGroupMember/:hgNumber`, withQuery(loginQuery), (request, reply) => {
    const user = userOf(request);
    telephonyOf(request).store.huntingGroups.join(user.companyPhone, groupParam(request));
    return sendNoContent(reply);
  });

  app.delete(`${TELEPHONY_PATH}/huntingGroupMember/:hgNumber`, withQuery(loginQuery), (request, reply) => {
    const user = userOf(request);
    telephonyOf(request).store.huntingGroups.leave(user.companyPhone, groupParam(request));
    return sendNoContent(reply);
  });

  app.get(`${TELEPHONY_PATH}/huntingGroups`, withQuery(loginQuery), (request, reply) => {
    const user = userOf(request);
    const groups = telephonyOf(request).store.huntingGroups;
    const currentHg = groups.groupOf(user.companyPhone);
    return sendO2g(reply, { hgList: groups.numbers(), ...(currentHg !== undefined && { currentHg }) });
  });

  app.get(`${TELEPHONY_PATH}/miniMessages`, withQuery(loginQuery), (request, reply) => {
    const user = userOf(request);
    return sendO2g(reply, telephonyOf(request).miniMessages.takeNext(user.loginName));
  });

  app.post(`${TELEPHONY_PATH}/miniMessages`, withQuery(loginQuery), (request, reply) => {
    const user = userOf(request);
    const { recipient, message } = parseBody(miniMessageRequestSchema, request.body);
    const telephony = telephonyOf(request);
    telephony.miniMessages.send(user, recipient, message, telephony.clock.now());
    return sendNoContent(reply);
  });

  // The lab's OXE has no CCD: the one node exists, but no pilot is a CCD pilot.
  app.post(`${TELEPHONY_PATH}/pilots/:nodeId/:pilotNumber/transferInfo`, withQuery(loginQuery), (request) => {
    userOf(request);
    const { nodeId, pilotNumber } = request.params as { nodeId: string; pilotNumber: string };
    if (nodeId !== request.server.sim.world.lab.oxe.nodeId)
      throw new SimError('notFound', `No OXE node ${nodeId}`);
    throw serviceNotProvided(`${pilotNumber} is not a CCD pilot of node ${nodeId}`);
  });
}
