import Fastify, { type FastifyInstance } from 'fastify';
import { hostNamesOf, isAllowedHost } from '../shared/host-check';
import {
  installO2gErrorHandling,
  onClientError,
  onFrameworkError,
  sendSimError,
} from './http/error-handling';
import { labLogger, type LabLogger } from './http/log-redaction';
import { normalizePublicUrl } from './http/o2g-urls';
import type { EventChannelSettings, SimContext } from './http/sim-context';
import { DEFAULT_CHANNEL_TIMINGS, eventChannelOf } from './events/event-channel';
import { tickAndPublish, type World } from './model/world';
import { O2G_ROUTES, type SimRoutes } from './routes';
import { CONTROL_ROUTES, installControlGuard, installFaultInjection } from './control';
import { SimError } from './model/sim-error';
import { collectServiceRoutes } from './wadl/route-table';
import { decorateActingUser } from './http/acting-user';
import { zodValidatorCompiler, type ZodTypeProvider } from './http/zod-routes';

/** Never repeats the Host: it would be the rebinding page's own text. */
const HOST_REFUSAL =
  'The Host header does not name this lab: use localhost, 127.0.0.1, [::1], ' +
  'or a name given to it with --host or --public-url';

/** How one simulator app is served. */
export interface SimAppOptions {
  /** Origin (optionally with a path) for every absolute URL returned; default: the request's own origin. */
  publicUrl?: string;
  /** TLS key and certificate (PEM): the app then speaks HTTPS. */
  https?: { key: string | Buffer; cert: string | Buffer };
  /** Serves the test-only lab controls under `/__sim` (and lets them fail or delay O2G requests). */
  controls?: boolean;
  /** The request log (credentials, ids and query strings redacted); off by default. */
  logger?: LabLogger;
  /**
   * Names and addresses clients may reach the lab by, besides loopback ones and the public URL's host
   * (e.g. the `--host` it listens on). Any other Host header gets a 403.
   */
  hostNames?: readonly string[];
  /** Browser origins (the console's) allowed to call the lab controls, besides the lab's own. */
  allowOrigins?: readonly string[];
  /** Event channel: keepalive period, timeout minute, the HTTP listener's port for polling URLs. */
  eventChannel?: Partial<EventChannelSettings>;
  /** Hosts besides loopback that web-hook subscriptions may name; the lab posts nowhere else. */
  webHookHosts?: readonly string[];
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
    eventChannel: { ...DEFAULT_CHANNEL_TIMINGS, ...options.eventChannel },
    webHookHosts: options.webHookHosts ?? [],
  };
  const knownHosts = hostNamesOf([...(options.hostNames ?? []), context.publicUrl]);
  const app = Fastify({
    ...labLogger(options.logger),
    frameworkErrors: onFrameworkError,
    clientErrorHandler: onClientError,
    // Event-channel clients hold connections open (and keep spare ones): closing the simulator cuts them all.
    forceCloseConnections: true,
    ...(options.https ? { https: options.https } : {}),
  });

  app.decorate('sim', context);
  decorateActingUser(app);
  installO2gErrorHandling(app);
  app.setValidatorCompiler(zodValidatorCompiler);
  // First of all: a Host the lab is not known by gets nothing, so it never ends up in a returned URL.
  app.addHook('onRequest', async (request, reply) => {
    if (!isAllowedHost(request.headers.host, knownHosts))
      await sendSimError(reply, new SimError('forbidden', HOST_REFUSAL));
  });
  // Time acts lazily: every request first lets the world expire what is due, so no request sees a stale session.
  app.addHook('onRequest', (_request, _reply, done) => {
    tickAndPublish(world);
    done();
  });
  // Open event streams would keep the server from closing: end them first.
  app.addHook('preClose', (done) => {
    eventChannelOf(world).endOwnedBy(context);
    done();
  });
  // The lab controls exist only when asked for: a client of a plain simulator gets 404 for them.
  if (context.controls) {
    installControlGuard(app, options.allowOrigins ?? []);
    installFaultInjection(app);
  }
  // Before any route: the WADL lists what was registered.
  collectServiceRoutes(app);
  for (const routes of [...(options.routes ?? O2G_ROUTES), ...(context.controls ? CONTROL_ROUTES : [])]) {
    app.register((scope, _opts, done) => {
      routes(scope.withTypeProvider<ZodTypeProvider>());
      done();
    });
  }
  return app;
}
