import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LabUser } from '../labs/load-lab';
import type { SimSession } from '../model/sessions';
import { requireSession, targetUser } from './session-guard';

declare module 'fastify' {
  interface FastifyRequest {
    /** The open session of a route declared `inSession` or `actingOnUser`; reading it elsewhere throws. */
    readonly o2gSession: SimSession;
    /** The user an `actingOnUser` route acts on; reading it elsewhere throws. */
    readonly actedOn: LabUser;
  }
}

interface ResolvedScope {
  session?: SimSession;
  user?: LabUser;
}

const SCOPE = Symbol('o2g request scope');
type ScopedRequest = FastifyRequest & { [SCOPE]?: ResolvedScope };

function resolved<K extends keyof ResolvedScope>(request: FastifyRequest, key: K): NonNullable<ResolvedScope[K]> {
  const value = (request as ScopedRequest)[SCOPE]?.[key];
  // A route reading what its options did not ask for is a lab bug, not a client mistake.
  if (value === undefined) throw new Error(`${request.routeOptions.url ?? request.url} did not resolve its ${key}`);
  return value;
}

/** Gives every request the `o2gSession` and `actedOn` getters; the route hooks below fill them. */
export function decorateActingUser(app: FastifyInstance): void {
  app.decorateRequest(SCOPE, null);
  app.decorateRequest('o2gSession', {
    getter(this: FastifyRequest) {
      return resolved(this, 'session');
    },
  });
  app.decorateRequest('actedOn', {
    getter(this: FastifyRequest) {
      return resolved(this, 'user');
    },
  });
}

/**
 * Route hook: the request's session (401/403 as `requireSession`). It runs before validation, as the
 * handlers used to check the session before reading their parameters: a client without a session hears
 * so before anything about its query.
 */
export async function resolveSession(request: FastifyRequest): Promise<void> {
  (request as ScopedRequest)[SCOPE] = { session: requireSession(request) };
}

/** Route hook: the session, then the user the request acts on (`targetUser`), before validation too. */
export async function resolveActedOn(request: FastifyRequest): Promise<void> {
  const session = requireSession(request);
  (request as ScopedRequest)[SCOPE] = { session, user: targetUser(request, session) };
}
