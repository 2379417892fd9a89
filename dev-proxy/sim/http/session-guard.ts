import type { FastifyRequest } from 'fastify';
import type { LabUser } from '../labs/load-lab';
import type { Outcome } from '../model/domain-events';
import type { SimSession } from '../model/sessions';
import { SimError } from '../model/sim-error';
import { requireCredential } from './credentials';
import { assertDeclaredQuery, declaredQuery } from './route-query';
import { loginQuery } from './service-access';

/**
 * The open session of the request (from its AlcUserId cookie). Every route behind the session calls it
 * first: 401 without a cookie, with an unknown credential or an expired session; 403 when the
 * credential has not opened a session.
 */
export function requireSession(request: FastifyRequest): SimSession {
  return request.server.sim.world.sessions.getSession(requireCredential(request));
}

/**
 * The user a per-user request acts on. In a user session it is the session's user and any `loginName`
 * query parameter is ignored; an administrator must name the user with `?loginName=`. Every route
 * calling it declares `loginQuery` (or a schema sharing its `loginName`), so the WADL lists it.
 */
export function targetUser(request: FastifyRequest, session: SimSession): LabUser {
  const { directory } = request.server.sim.world;
  assertDeclaredQuery(request, loginQuery);
  if (!session.admin) {
    const own = directory.user(session.loginName);
    if (!own) throw new SimError('forbidden', `${session.loginName} is not a user`);
    return own;
  }
  const { loginName } = declaredQuery(request, loginQuery);
  if (loginName === undefined || loginName === '') {
    throw new SimError('badRequest', 'An administrator session must give the loginName of the user');
  }
  const user = directory.user(loginName);
  if (!user) throw new SimError('notFound', `Unknown user ${loginName}`);
  return user;
}

/**
 * Publishes what a command caused and hands back its result: routes run every command through it so
 * that no event is lost.
 */
export function commit<T>(request: FastifyRequest, outcome: Outcome<T>): T {
  request.server.sim.world.events.publish(outcome.events);
  return outcome.result;
}
