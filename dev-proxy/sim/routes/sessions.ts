import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sessionRequestSchema, type SessionInfo } from '../../../src/o2g/contract';
import type { SimSession } from '../model/sessions';
import { servicesFor } from '../model/services';
import { requireCredential } from '../http/credentials';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { o2gUrls } from '../http/o2g-urls';
import { parseBody } from '../http/parse-request';
import { inSession } from '../http/route-options';
import { commit } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';

/**
 * The session as the lab's O2G 2.2.1 shows it: admin, timeToLive, the two base URLs and the services.
 * (Newer servers add login and dates; the contract allows them, the lab's version does not send them.)
 */
function sessionInfo(request: FastifyRequest, session: SimSession): SessionInfo {
  const { apiBase } = o2gUrls(request);
  return {
    admin: session.admin,
    timeToLive: session.timeToLive,
    publicBaseUrl: apiBase,
    privateBaseUrl: apiBase,
    services: servicesFor(session.admin).map(({ serviceName, serviceVersion, relativeUrl }) => ({
      serviceName,
      serviceVersion,
      relativeUrl,
    })),
  };
}

// `admin` is the first thing clients read from a session; the seed shows it, so it stays even when false.
const sessionJson = { keepFalse: ['admin'] } as const;

/** The Sessions service: open, read, keep alive and close the session of the request's credential. */
export function sessionsRoutes(app: FastifyInstance): void {
  // Read the store per request: a lab reset swaps the world's parts for fresh ones.
  const sessionsOf = (request: FastifyRequest) => request.server.sim.world.sessions;

  app.post(O2G_PATHS.sessions, (request, reply) => {
    const credential = requireCredential(request);
    const { applicationName, supervisedAccount } = parseBody(sessionRequestSchema, request.body);
    const session = commit(
      request,
      sessionsOf(request).openSession(credential, applicationName, supervisedAccount),
    );
    return sendO2g(reply, sessionInfo(request, session), sessionJson);
  });

  app.get(O2G_PATHS.sessions, inSession(), (request, reply) =>
    sendO2g(reply, sessionInfo(request, request.o2gSession), sessionJson),
  );

  app.delete(O2G_PATHS.sessions, (request, reply) => {
    commit(request, sessionsOf(request).closeSession(requireCredential(request)));
    return sendNoContent(reply);
  });

  // Body-less: the node SDK still labels it JSON, the Java SDK sends no Content-Type; both are fine.
  app.post(`${O2G_PATHS.sessions}/keepalive`, (request, reply) => {
    commit(request, sessionsOf(request).keepAlive(requireCredential(request)));
    return sendNoContent(reply);
  });
}
