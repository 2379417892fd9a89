import type { ChannelTimings } from '../events/event-channel';
import type { World } from '../model/world';

/** How this app serves the event channel. */
export interface EventChannelSettings extends ChannelTimings {
  /**
   * Port of the simulator's HTTP listener. An HTTPS app points polling URLs there (as a real O2G
   * points them at its :8014 HTTP port), which spares SDK clients a self-signed TLS problem on the chunk.
   */
  httpPort?: number;
}

/** What every route of a simulator app can reach through `request.server.sim`. */
export interface SimContext {
  readonly world: World;
  /**
   * Origin (optionally with a path prefix) put in front of every absolute URL the simulator returns,
   * without a trailing slash. Undefined: the origin each request came in on.
   */
  readonly publicUrl: string | undefined;
  /** Whether the test-only lab controls (`/__sim`) are served. */
  readonly controls: boolean;
  readonly eventChannel: EventChannelSettings;
  /** Hosts besides loopback that web-hook subscriptions may name (`--webhook-hosts`). */
  readonly webHookHosts: readonly string[];
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
