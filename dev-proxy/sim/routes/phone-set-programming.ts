import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  associateRequestSchema,
  phoneSetPinSchema,
  programmableKeySchema,
  softKeySchema,
} from '../../../src/o2g/contract';
import { SimError } from '../model/sim-error';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody, parseQuery } from '../http/parse-request';
import { userServices } from '../http/service-access';
import { requireSession } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';
import { withQuery } from '../http/route-query';

const DEVICES = `${O2G_PATHS.apiBase}/users/:loginName/devices`;
type DeviceParams = { Params: { loginName: string; deviceId: string } };
type KeyParams = { Params: { loginName: string; deviceId: string; position: string } };

const activateQuery = z.object({ activate: z.enum(['true', 'false'], { error: 'must be true or false' }) });
const positionParam = z.object({
  position: z
    .string()
    .regex(/^\d{1,3}$/, 'must be a key position')
    .transform(Number),
});

/** The user of the path; a user session may program only its own sets. */
function setOwner(request: FastifyRequest<{ Params: { loginName: string } }>) {
  const session = requireSession(request);
  const user = request.server.sim.world.directory.user(request.params.loginName);
  if (!user) throw new SimError('notFound', `Unknown user ${request.params.loginName}`);
  if (!session.admin && session.loginName !== user.loginName) {
    throw new SimError('forbidden', `${session.loginName} may not program the sets of ${user.loginName}`);
  }
  return user;
}

/** One of the path user's devices. */
function device(request: FastifyRequest<DeviceParams>): string {
  const user = setOwner(request);
  const found = user.devices.find((d) => d.id === request.params.deviceId);
  if (!found) throw new SimError('notFound', `${user.loginName} has no device ${request.params.deviceId}`);
  return found.id;
}

/** A key body whose position must agree with the path's. */
function keyAt<T extends { position: number }>(request: FastifyRequest<KeyParams>, schema: z.ZodType<T>): T {
  const { position } = parseQuery(positionParam, request.params);
  const key = parseBody(schema, request.body);
  if (key.position !== position)
    throw new SimError('badRequest', `The body's position ${key.position} is not the path's ${position}`);
  return key;
}

/** PhoneSetProgramming (`/users/{loginName}/devices…`): keys, lock, camp-on, remote extension, PIN, associate. */
export function phoneSetProgrammingRoutes(app: FastifyInstance): void {
  const sets = (request: FastifyRequest) => userServices(request).phoneSets;

  app.get<{ Params: { loginName: string } }>(DEVICES, (request, reply) => {
    const user = setOwner(request);
    return sendO2g(reply, { devices: user.devices.map(({ type, id, subType }) => ({ type, id, subType })) });
  });

  app.get<DeviceParams>(`${DEVICES}/:deviceId`, (request, reply) => {
    const id = device(request);
    const found = setOwner(request).devices.find((d) => d.id === id);
    return sendO2g(reply, found && { type: found.type, id: found.id, subType: found.subType });
  });

  app.get<DeviceParams>(`${DEVICES}/:deviceId/programmeableKeys`, (request, reply) =>
    sendO2g(reply, { pkeys: sets(request).programmableKeys(device(request)) }),
  );
  app.get<DeviceParams>(`${DEVICES}/:deviceId/programmedKeys`, (request, reply) =>
    sendO2g(reply, { pkeys: sets(request).programmedKeys(device(request)) }),
  );
  app.put<KeyParams>(`${DEVICES}/:deviceId/programmeableKeys/:position`, (request, reply) => {
    const id = device(request);
    sets(request).setProgrammableKey(id, keyAt(request, programmableKeySchema));
    return sendNoContent(reply);
  });
  app.delete<KeyParams>(`${DEVICES}/:deviceId/programmeableKeys/:position`, (request, reply) => {
    sets(request).deleteProgrammableKey(device(request), parseQuery(positionParam, request.params).position);
    return sendNoContent(reply);
  });

  app.get<DeviceParams>(`${DEVICES}/:deviceId/softKeys`, (request, reply) =>
    sendO2g(reply, { skeys: sets(request).softKeys(device(request)) }),
  );
  app.put<KeyParams>(`${DEVICES}/:deviceId/softKeys/:position`, (request, reply) => {
    const id = device(request);
    sets(request).setSoftKey(id, keyAt(request, softKeySchema));
    return sendNoContent(reply);
  });
  app.delete<KeyParams>(`${DEVICES}/:deviceId/softKeys/:position`, (request, reply) => {
    sets(request).deleteSoftKey(device(request), parseQuery(positionParam, request.params).position);
    return sendNoContent(reply);
  });

  for (const [segment, flag] of [
    ['lock', 'lock'],
    ['campon', 'campon'],
    ['REActive', 'remoteExtension'],
  ] as const) {
    app.put<DeviceParams>(`${DEVICES}/:deviceId/${segment}`, withQuery(activateQuery), (request, reply) => {
      const id = device(request);
      const { activate } = parseQuery(activateQuery, request.query);
      sets(request).setFlag(id, flag, activate === 'true');
      return sendNoContent(reply);
    });
  }

  app.get<DeviceParams>(`${DEVICES}/:deviceId/pin`, (request, reply) =>
    sendO2g(reply, sets(request).pin(device(request)), { keepFalse: ['With_Secret_Code'] }),
  );
  app.put<DeviceParams>(`${DEVICES}/:deviceId/pin`, (request, reply) => {
    const id = device(request);
    sets(request).setPin(id, parseBody(phoneSetPinSchema, request.body));
    return sendNoContent(reply);
  });

  app.get<DeviceParams>(`${DEVICES}/:deviceId/dynamicState`, (request, reply) =>
    sendO2g(reply, sets(request).dynamicState(device(request)), { keepFalse: ['lock', 'campon'] }),
  );
  app.put<DeviceParams>(`${DEVICES}/:deviceId/associate`, (request, reply) => {
    const id = device(request);
    sets(request).setAssociate(id, parseBody(associateRequestSchema, request.body).associate);
    return sendNoContent(reply);
  });
}
