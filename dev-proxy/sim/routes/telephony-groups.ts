import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { miniMessageRequestSchema } from '../../../src/o2g/contract';
import { setHuntingLogon } from '../model/calls/telephony-services';
import { serviceNotProvided } from '../model/calls/telephony-errors';
import { SimError } from '../model/sim-error';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { actingOnUser } from '../http/route-options';
import { commit } from '../http/session-guard';
import type { SimApp } from '../http/zod-routes';
import { TELEPHONY_PATH } from '../http/telephony-target';

const telephonyOf = (request: FastifyRequest) => request.server.sim.world.telephony;
const groupParams = z.object({ hgNumber: z.string() });
const pilotParams = z.object({ nodeId: z.string(), pilotNumber: z.string() });

/** Hunting groups (log on/off, membership, list), mini messages and CCD pilot transfer info. */
export function telephonyGroupsRoutes(app: SimApp): void {
  const LOGON = `${TELEPHONY_PATH}/huntingGroupLogOn`;

  app.get(LOGON, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    const logon = telephonyOf(request).store.huntingGroups.isLoggedOn(user.companyPhone);
    return sendO2g(reply, { logon }, { keepFalse: ['logon'] });
  });

  for (const [method, logon] of [
    ['POST', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      ...actingOnUser(),
      method,
      url: LOGON,
      handler: (request, reply) => {
        commit(request, setHuntingLogon(telephonyOf(request), request.actedOn, logon));
        return sendNoContent(reply);
      },
    });
  }

  const MEMBER = `${TELEPHONY_PATH}/huntingGroupMember/:hgNumber`;
  app.post(MEMBER, actingOnUser({ params: groupParams }), (request, reply) => {
    telephonyOf(request).store.huntingGroups.join(request.actedOn.companyPhone, request.params.hgNumber);
    return sendNoContent(reply);
  });

  app.delete(MEMBER, actingOnUser({ params: groupParams }), (request, reply) => {
    telephonyOf(request).store.huntingGroups.leave(request.actedOn.companyPhone, request.params.hgNumber);
    return sendNoContent(reply);
  });

  app.get(`${TELEPHONY_PATH}/huntingGroups`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    const groups = telephonyOf(request).store.huntingGroups;
    const currentHg = groups.groupOf(user.companyPhone);
    return sendO2g(reply, { hgList: groups.numbers(), ...(currentHg !== undefined && { currentHg }) });
  });

  app.get(`${TELEPHONY_PATH}/miniMessages`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    return sendO2g(reply, telephonyOf(request).miniMessages.takeNext(user.loginName));
  });

  app.post(`${TELEPHONY_PATH}/miniMessages`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    const { recipient, message } = parseBody(miniMessageRequestSchema, request.body);
    const telephony = telephonyOf(request);
    telephony.miniMessages.send(user, recipient, message, telephony.clock.now());
    return sendNoContent(reply);
  });

  // The lab's OXE has no CCD: the one node exists, but no pilot is a CCD pilot.
  const TRANSFER_INFO = `${TELEPHONY_PATH}/pilots/:nodeId/:pilotNumber/transferInfo`;
  app.post(TRANSFER_INFO, actingOnUser({ params: pilotParams }), (request) => {
    const { nodeId, pilotNumber } = request.params;
    if (nodeId !== request.server.sim.world.lab.oxe.nodeId)
      throw new SimError('notFound', `No OXE node ${nodeId}`);
    throw serviceNotProvided(`${pilotNumber} is not a CCD pilot of node ${nodeId}`);
  });
}
