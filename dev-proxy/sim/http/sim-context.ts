import type { World } from '../model/world';

/** What every route of a simulator app can reach through `request.server.sim`. */
export interface SimContext {
  readonly world: World;
  /**
   * Origin (optionally with a path prefix) put in front of every absolute URL the simulator returns,
   * without a trailing slash. Undefined: the origin each request came in on.
   */
  readonly publicUrl: string | undefined;
  /** Whether the test-only lab controls are enabled (served by a later stage). */
  readonly controls: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    sim: SimContext;
  }
}

/** Paths of the O2G REST API; routes register under these, and absolute URLs are built from them. */
export const O2G_PATHS = {
  /** Discovery. */
  restRoot: '/api/rest',
  authenticate: '/api/rest/authenticate',
  /** The base every service's relativeUrl is appended to. */
  apiBase: '/api/rest/1.0',
  sessions: '/api/rest/1.0/sessions',
} as const;
