import type { FastifyRequest } from 'fastify';
import { directorySearchRequestSchema } from '../../../src/o2g/contract';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { userServices } from '../http/service-access';
import { actingOnUser } from '../http/route-options';
import { O2G_PATHS } from '../http/sim-context';
import type { SimApp } from '../http/zod-routes';

const SEARCH = `${O2G_PATHS.apiBase}/directory/search`;

/** The search context of a request: one per session, and per user for an administrator. */
function searchOf(request: FastifyRequest) {
  return {
    sessionId: request.o2gSession.sessionId,
    loginName: request.actedOn.loginName,
    now: request.server.sim.world.clock.now(),
  };
}

/** The Directory service: start a search (201), poll its batches until FINISH, cancel it (204). */
export function directoryRoutes(app: SimApp): void {
  app.post(SEARCH, actingOnUser(), (request, reply) => {
    const { sessionId, loginName, now } = searchOf(request);
    const { filter, limit = 100 } = parseBody(directorySearchRequestSchema, request.body);
    userServices(request).directorySearches.start(sessionId, loginName, filter, limit, now);
    return reply.code(201).send();
  });

  app.get(SEARCH, actingOnUser(), (request, reply) => {
    const { sessionId, loginName, now } = searchOf(request);
    return sendO2g(reply, userServices(request).directorySearches.poll(sessionId, loginName, now));
  });

  app.delete(SEARCH, actingOnUser(), (request, reply) => {
    const { sessionId, loginName } = searchOf(request);
    userServices(request).directorySearches.cancel(sessionId, loginName);
    return sendNoContent(reply);
  });
}
