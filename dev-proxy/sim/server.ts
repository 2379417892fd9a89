import Fastify, { type FastifyInstance } from 'fastify';
import { installO2gErrorHandling, onFrameworkError } from './http/error-handling';
import { normalizePublicUrl } from './http/o2g-urls';
import type { SimContext } from './http/sim-context';
import { tickAndPublish, type World } from './model/world';
import { O2G_ROUTES, type SimRoutes } from './routes';

/** How one simulator app is served. */
export interface SimAppOptions {
  /** Origin (optionally with a path) for every absolute URL returned; default: the request's own origin. */
  publicUrl?: string;
  /** TLS key and certificate (PEM): the app then speaks HTTPS. */
  https?: { key: string | Buffer; cert: string | Buffer };
  /** Enables the test-only lab controls (stored for the stage that serves them). */
  controls?: boolean;
  /** Fastify's request log; off by default. */
  logger?: boolean;
  /** Routes to serve instead of every O2G service (for focused tests). */
  routes?: readonly SimRoutes[];
}

/**
 * Builds a Fastify app that serves a world as O2G does. It does not listen and has no side effect:
 * several apps (HTTP and HTTPS) can serve the same world.
 */
export function createSimApp(world: World, options: SimAppOptions = {}): FastifyInstance {
  const context: SimContext = {
    world,
    publicUrl: options.publicUrl === undefined ? undefined : normalizePublicUrl(options.publicUrl),
    controls: options.controls ?? false,
  };
  const app = Fastify({
    logger: options.logger ?? false,
    frameworkErrors: onFrameworkError,
    ...(options.https ? { https: options.https } : {}),
  }) as unknown as FastifyInstance;

  app.decorate('sim', context);
  installO2gErrorHandling(app);
  // Time acts lazily: every request first lets the world expire what is due, so no request sees a stale session.
  app.addHook('onRequest', (_request, _reply, done) => {
    tickAndPublish(world);
    done();
  });
  for (const routes of options.routes ?? O2G_ROUTES) {
    app.register((scope, _opts, done) => {
      routes(scope);
      done();
    });
  }
  return app;
}
