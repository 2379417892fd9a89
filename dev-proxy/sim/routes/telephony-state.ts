import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DeviceState, DeviceStatesAnswer } from '../../../src/o2g/contract';
import { telephonicStateOf } from '../model/calls/call-view';
import { notYourDevice } from '../model/calls/telephony-errors';
import type { LabUser } from '../labs/load-lab';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { commit, requireSession, targetUser } from '../http/session-guard';
import { declaredQuery, withQuery } from '../http/route-query';
import { loginQuery } from '../http/service-access';
import { TELEPHONY_PATH } from '../http/telephony-target';

function deviceStatesOf(request: FastifyRequest, user: LabUser): DeviceState[] {
  const state = request.server.sim.world.telephony.deviceState(user.loginName);
  return user.devices.map((device) => ({ deviceId: device.id, state }));
}

/** Telephony state and devices of a user, and the snapshot request that answers with events. */
export function telephonyStateRoutes(app: FastifyInstance): void {
  app.get(`${TELEPHONY_PATH}/state`, withQuery(loginQuery), (request, reply) => {
    const user = targetUser(request, requireSession(request));
    return sendO2g(reply, telephonicStateOf(user, request.server.sim.world.telephony));
  });

  // An administrator without loginName asks for every user's state (one OnTelephonyState each).
  app.post(`${TELEPHONY_PATH}/state/snapshot`, withQuery(loginQuery), (request, reply) => {
    const session = requireSession(request);
    const { world } = request.server.sim;
    const logins =
      session.admin && !declaredQuery(request, loginQuery).loginName
        ? world.directory.users().map((user) => user.loginName)
        : [targetUser(request, session).loginName];
    commit(request, world.telephony.requestSnapshot(logins));
    return sendNoContent(reply);
  });

  app.get(`${TELEPHONY_PATH}/devices`, withQuery(loginQuery), (request, reply) => {
    const user = targetUser(request, requireSession(request));
    const answer: DeviceStatesAnswer = { deviceStates: deviceStatesOf(request, user) };
    return sendO2g(reply, answer);
  });

  app.get(`${TELEPHONY_PATH}/devices/:deviceId`, withQuery(loginQuery), (request, reply) => {
    const user = targetUser(request, requireSession(request));
    const { deviceId } = request.params as { deviceId: string };
    const device = deviceStatesOf(request, user).find((d) => d.deviceId === deviceId);
    if (!device) throw notYourDevice(deviceId, user.loginName);
    return sendO2g(reply, device);
  });
}
