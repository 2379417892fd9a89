import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { O2G_API_VERSION, type AuthenticationAnswer } from '../../../src/o2g/contract';
import { SimError } from '../model/sim-error';
import { basicCredentials, setCredentialCookie } from '../http/credentials';
import { sendO2g } from '../http/o2g-json';
import { o2gUrls } from '../http/o2g-urls';
import { parseQuery } from '../http/parse-request';
import { withQuery } from '../http/route-query';
import { commit } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';

const authenticateQuery = z.object({ version: z.string().optional() });

/** `GET /api/rest/authenticate?version=1.0`: HTTP Basic in, the AlcUserId credential out. */
export function authenticationRoutes(app: FastifyInstance): void {
  app.get(O2G_PATHS.authenticate, withQuery(authenticateQuery), (request, reply) => {
    // The URL comes from discovery and always names the version; a client that drops it gets the current one.
    const { version = O2G_API_VERSION } = parseQuery(authenticateQuery, request.query);
    if (version !== O2G_API_VERSION) throw new SimError('badRequest', `Unsupported API version ${version}`);
    const { loginName, password } = basicCredentials(request);
    const { credential } = commit(
      request,
      request.server.sim.world.sessions.authenticate(loginName, password),
    );

    setCredentialCookie(request, reply, credential);
    const { sessions } = o2gUrls(request);
    const answer: AuthenticationAnswer = {
      credential,
      publicUrl: sessions,
      internalUrl: sessions,
      expired: false,
    };
    return sendO2g(reply, answer);
  });
}
