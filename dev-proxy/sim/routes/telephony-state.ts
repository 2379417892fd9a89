import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { DeviceState, DeviceStatesAnswer } from '../../../src/o2g/contract';
import { telephonicStateOf } from '../model/calls/call-view';
import { notYourDevice } from '../model/calls/telephony-errors';
import type { LabUser } from '../labs/load-lab';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { actingOnUser, inSession } from '../http/route-options';
import { declaredQuery } from '../http/route-query';
import { loginQuery } from '../http/service-access';
import { commit, targetUser } from '../http/session-guard';
import type { SimApp } from '../http/zod-routes';
import { TELEPHONY_PATH } from '../http/telephony-target';

function deviceStatesOf(request: FastifyRequest, user: LabUser): DeviceState[] {
  const state = request.server.sim.world.telephony.deviceState(user.loginName);
  return user.devices.map((device) => ({ deviceId: device.id, state }));
}

/** Telephony state and devices of a user, and the snapshot request that answers with events. */
const deviceParams = z.object({ deviceId: z.string() });

export function telephonyStateRoutes(app: SimApp): void {
  app.get(`${TELEPHONY_PATH}/state`, actingOnUser(), (request, reply) => {
    return sendO2g(reply, telephonicStateOf(request.actedOn, request.server.sim.world.telephony));
  });

  // An administrator without loginName asks for every user's state (one OnTelephonyState each).
  app.post(`${TELEPHONY_PATH}/state/snapshot`, inSession({ actsForLogin: true }), (request, reply) => {
    const session = request.o2gSession;
    const { world } = request.server.sim;
    const logins =
      session.admin && !declaredQuery(request, loginQuery).loginName
        ? world.directory.users().map((user) => user.loginName)
        : [targetUser(request, session).loginName];
    commit(request, world.telephony.requestSnapshot(logins));
    return sendNoContent(reply);
  });

  app.get(`${TELEPHONY_PATH}/devices`, actingOnUser(), (request, reply) => {
    const answer: DeviceStatesAnswer = { deviceStates: deviceStatesOf(request, request.actedOn) };
    return sendO2g(reply, answer);
  });

  app.get(`${TELEPHONY_PATH}/devices/:deviceId`, actingOnUser({ params: deviceParams }), (request, reply) => {
    const user = request.actedOn;
    const { deviceId } = request.params;
    const device = deviceStatesOf(request, user).find((d) => d.deviceId === deviceId);
    if (!device) throw notYourDevice(deviceId, user.loginName);
    return sendO2g(reply, device);
  });
}
