import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseBody } from '../http/parse-request';
import { commit } from '../http/session-guard';
import type { SystemState } from '../model/system-state';
import { CONTROL_PREFIX, sendControlJson } from './control-paths';

const linkSchema = z.strictObject({ up: z.boolean() });
const licenceSchema = z.strictObject({ nbDays: z.number().int().min(-3650).max(3650) });
const startSchema = z.strictObject({ serverId: z.string().min(1).max(255).optional() });

const systemOf = (request: FastifyRequest) => request.server.sim.world.system;

function systemJson(system: SystemState) {
  return {
    pbxConnected: system.pbxConnected,
    ctiConnected: system.ctiConnected,
    loaded: system.loaded,
    licenceExpiresAt: new Date(system.licenceExpiresAt).toISOString(),
  };
}

/**
 * The O2G's own incidents, on demand: its links to the OXE go down and up, the node reloads, the
 * licences near their end, the server restarts. Each one changes `GET …/system/status` and sends the
 * matching `system` events (OnServerStart only to web hooks).
 */
export function systemControlRoutes(app: FastifyInstance): void {
  for (const link of ['cti', 'pbx'] as const) {
    app.post(`${CONTROL_PREFIX}/system/${link}-link`, (request, reply) => {
      const { up } = parseBody(linkSchema, request.body);
      commit(request, systemOf(request).setLink(link, up));
      return sendControlJson(reply, systemJson(systemOf(request)));
    });
  }

  app.post(`${CONTROL_PREFIX}/system/pbx-loaded`, (request, reply) => {
    commit(request, systemOf(request).pbxLoaded());
    return sendControlJson(reply, systemJson(systemOf(request)));
  });

  app.post(`${CONTROL_PREFIX}/system/license-expiration`, (request, reply) => {
    const { nbDays } = parseBody(licenceSchema, request.body);
    commit(request, systemOf(request).licenceExpiresIn(nbDays));
    return sendControlJson(reply, systemJson(systemOf(request)));
  });

  app.post(`${CONTROL_PREFIX}/system/server-start`, (request, reply) => {
    const { serverId = request.host.replace(/:\d+$/, '') || 'localhost' } = parseBody(
      startSchema,
      request.body,
    );
    commit(request, systemOf(request).serverStarted(serverId));
    return sendControlJson(reply, systemJson(systemOf(request)));
  });
}
