import type { FastifyInstance, FastifyRequest, preValidationHookHandler } from 'fastify';
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

/** Runs `resolve` as a route hook: what it throws (a SimError) becomes the answer. */
function routeHook(resolve: (request: FastifyRequest) => ResolvedScope): preValidationHookHandler {
  return (request, _reply, done) => {
    try {
      (request as ScopedRequest)[SCOPE] = resolve(request);
    } catch (error) {
      done(error as Error);
      return;
    }
    done();
  };
}

/**
 * Route hook: the request's session (401/403 as `requireSession`). It runs before validation, as the
 * handlers used to check the session before reading their parameters: a client without a session hears
 * so before anything about its query.
 */
export const resolveSession = routeHook((request) => ({ session: requireSession(request) }));

/** Route hook: the session, then the user the request acts on (`targetUser`), before validation too. */
export const resolveActedOn = routeHook((request) => {
  const session = requireSession(request);
  return { session, user: targetUser(request, session) };
});
