import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { LabUser } from '../labs/load-lab';
import { notYourDevice, unknownDevice } from '../model/calls/telephony-errors';
import type { SimSession } from '../model/sessions';
import { declaredQuery } from './route-query';
import { loginQuery } from './service-access';
import { targetUser } from './session-guard';
import { O2G_PATHS } from './sim-context';

/** Base path of the Telephony and BasicTelephony services. */
export const TELEPHONY_PATH = `${O2G_PATHS.apiBase}/telephony`;

/**
 * The user a request naming a device acts for. A user session acts on its own devices only (another's
 * is a 403). An administrator may name the user with `?loginName=`; without it, the device's owner is
 * the user (the SDKs send no loginName with device-only requests such as answer or sendDtmf).
 */
export function deviceUser(request: FastifyRequest, session: SimSession, deviceId: string): LabUser {
  const { directory } = request.server.sim.world;
  if (session.admin && !declaredQuery(request, loginQuery).loginName) {
    const owner = directory.device(deviceId)?.user;
    if (!owner) throw unknownDevice(deviceId);
    return owner;
  }
  const user = targetUser(request, session);
  if (!user.devices.some((device) => device.id === deviceId)) throw notYourDevice(deviceId, user.loginName);
  return user;
}

/** The path parameter of every route under `/telephony/calls/{callRef}`. */
export const callParams = z.object({ callRef: z.string() });
