// The proxy as a Fastify app: no listen, no side effect on import. start.ts listens; tests use both.
import { createSecureContext, rootCertificates } from 'node:tls';
import fastifyReplyFrom from '@fastify/reply-from';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { PROXY_TARGETS_PATH, type ProxyTargets } from '../../src/o2g/contract';
import { installCors, originSet } from './cors';
import { endUpstreamSession } from './end-upstream';
import { hostNamesOf } from '../shared/host-check';
import { redactLogLine } from '../shared/redact-log';
import { forwardHandler, type RequestRecord } from './forward';
import { installHostGuard } from './host-guard';
import { requestLogLine, type ProxyLog } from './log';
import { forbiddenBody, pathRefusal, refuseConnect } from './refusals';
import { OWN_PATH_ROOT } from './resolve-upstream';
import { RewriteBudget } from './rewrite-budget';
import { SessionVault } from './session-vault';
import { sessionKeyOf } from './session-owners';
import { parseTargetOrigin, UpstreamAllowList } from './targets';
import { prefixOf } from './url-mapping';
import { installLabControlsRoute } from './lab-controls-route';
import { installVaultRoutes } from './vault-routes';

/** How to build a proxy. */
export interface ProxyOptions {
  /** Upstream O2G origins, e.g. `https://o2g-vlab30.ale-dspp.com` or `http://127.0.0.1:8080`. */
  targets: readonly string[];
  /** Browser origins allowed to call the proxy cross-origin (default: the console's dev origins). */
  allowOrigins?: readonly string[];
  /** PEM text of CA certificates to trust for upstream https, besides the usual public ones. */
  ca?: string | Buffer;
  /** Accept any upstream certificate: only for a lab you trust. */
  insecure?: boolean;
  /** Where the one-line-per-request log goes (default: stdout). */
  log?: ProxyLog;
  /** Largest request body forwarded, in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** How long to wait for an upstream's response headers, in ms (default 30 s). */
  upstreamHeadersTimeoutMs?: number;
  /** What the console's server picker shows for a target, keyed by the target as configured. */
  targetDetails?: Readonly<Record<string, TargetDetails>>;
  /**
   * The embedded lab, one of `targets`, when it runs with `--controls`: the console reaches its
   * test-only controls under /o2g/__lab, and the list of targets says so. Unset: no such route.
   */
  labControls?: string;
  /**
   * Names clients reach the proxy by, besides the loopback names and the hosts of `allowOrigins`: the
   * interface it listens on, a public name. Any other Host is refused (DNS rebinding).
   */
  hostNames?: readonly string[];
  /**
   * Bounds on the bytes held to rewrite endpoint answers: per answer (default 256 KiB) and across all
   * requests (default 8 MiB). Given, it can be shared or watched (tests); else the proxy makes its own.
   */
  rewriteBudget?: RewriteBudget;
  /**
   * How long after the last sign of a console tab the proxy deletes a vault session itself, in ms
   * (default 2 minutes). Tests use a short one.
   */
  sessionIdleMs?: number;
}

/** The default of {@link ProxyOptions.sessionIdleMs}: two minutes without a console tab. */
export const DEFAULT_SESSION_IDLE_MS = 120_000;

/** Extra facts about a target for the console: the embedded lab and its demo accounts. */
export type TargetDetails = Partial<Omit<ProxyTargets['targets'][number], 'origin' | 'prefix' | 'controls'>>;

/** The console's dev server origins: the default CORS allow-list. */
export const DEFAULT_ALLOW_ORIGINS = ['http://127.0.0.1:5173', 'http://localhost:5173'];

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Sockets per upstream origin. Every open event channel holds one for as long as it lasts, so
 * reply-from's default (128) would leave the 129th channel, and every request after it on that
 * origin, waiting for ever.
 */
const UPSTREAM_CONNECTIONS = 2048;

/** Builds the proxy app. Throws for a bad target. */
export function createProxy(options: ProxyOptions): FastifyInstance {
  const allowList = new UpstreamAllowList(options.targets);
  const labControls = labControlsOrigin(options.labControls, allowList);
  const sink = options.log ?? ((line: string) => console.log(line));
  // Every line, whoever writes it, goes through the one redaction.
  const log: ProxyLog = (line) => sink(redactLogLine(line));
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    exposeHeadRoutes: false,
    frameworkErrors,
  });

  refuseConnect(app.server, log);
  installRequestLog(app, log);
  const allowOrigins = options.allowOrigins ?? DEFAULT_ALLOW_ORIGINS;
  installHostGuard(app, hostNamesOf([...(options.hostNames ?? []), ...allowOrigins]));
  const allowedOrigins = originSet(allowOrigins);
  installCors(app, allowedOrigins);
  // reply-from's own default would accept any certificate; the proxy verifies unless told otherwise.
  // One TLS context for every upstream connection: given as `ca`, each connection would parse the
  // ~150 root certificates again (about 25 ms of CPU per connection, measured by bench/proxy-overhead).
  const secureContext =
    options.ca === undefined
      ? undefined
      : createSecureContext({ ca: [...rootCertificates, options.ca.toString()] });
  void app.register(fastifyReplyFrom, {
    disableRequestLogging: true,
    disableCache: true,
    undici: {
      connections: UPSTREAM_CONNECTIONS,
      connect: { rejectUnauthorized: options.insecure !== true, ...(secureContext ? { secureContext } : {}) },
      headersTimeout: options.upstreamHeadersTimeoutMs ?? 30_000,
      // The event channel may stay quiet for as long as the O2G likes.
      bodyTimeout: 0,
    },
  });

  // Bodies stay raw bytes: malformed JSON must reach the O2G, which answers it, not the proxy.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    void reply.code(status).send({ error: status === 413 ? 'too-large' : 'proxy', message: error.message });
  });

  // Listed under /o2g/ too: behind Vite the console reaches nothing else.
  const targets = listTargets(allowList, options.targetDetails ?? {}, labControls);
  app.get(PROXY_TARGETS_PATH, () => targets);
  app.get(`${OWN_PATH_ROOT}targets`, () => targets);
  const vault = new SessionVault({
    idleMs: options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS,
    endUpstream: endUpstreamSession({
      ...(secureContext ? { secureContext } : {}),
      insecure: options.insecure === true,
      report: log,
    }),
    onEnded: (credential) => allowList.forget(sessionKeyOf(credential)),
  });
  app.addHook('onClose', (_instance, done) => {
    vault.close();
    done();
  });
  installVaultRoutes(app, vault, allowedOrigins);
  installLabControlsRoute(app, { labOrigin: labControls, allowOrigins: allowedOrigins, record: recordOf });
  const budget = options.rewriteBudget ?? new RewriteBudget();
  app.route({
    method: [...METHODS],
    url: '/*',
    handler: forwardHandler({
      allowList,
      budget,
      record: recordOf,
      report: log,
      vault,
      allowOrigins: allowedOrigins,
    }),
  });
  return app;
}

/** The lab whose controls the console may reach: it must be a configured target, never anything else. */
function labControlsOrigin(target: string | undefined, allowList: UpstreamAllowList): string | undefined {
  if (target === undefined) return undefined;
  const origin = parseTargetOrigin(target);
  if (!allowList.targets.includes(origin)) throw new Error(`lab controls: ${target} is not a target`);
  return origin;
}

function listTargets(
  allowList: UpstreamAllowList,
  details: Readonly<Record<string, TargetDetails>>,
  labControls: string | undefined,
): ProxyTargets {
  const byOrigin = new Map(
    Object.entries(details).map(([target, detail]) => [parseTargetOrigin(target), detail]),
  );
  return {
    targets: allowList.targets.map((origin) => {
      const detail = byOrigin.get(origin);
      return {
        origin,
        prefix: prefixOf(origin),
        kind: detail?.kind ?? 'o2g',
        ...(origin === labControls ? { controls: true } : {}),
        ...(detail?.accounts ? { accounts: detail.accounts } : {}),
      };
    }),
  };
}

const records = new WeakMap<FastifyRequest, RequestRecord>();
function recordOf(request: FastifyRequest, entry: RequestRecord): void {
  records.set(request, entry);
}

/** One line per request, written when its response is over (finished, failed or abandoned). */
function installRequestLog(app: FastifyInstance, log: ProxyLog): void {
  app.addHook('onRequest', (request, reply, done) => {
    const started = performance.now();
    reply.raw.once('close', () => {
      const entry = records.get(request) ?? { target: '-', path: request.url };
      log(
        requestLogLine({
          method: request.method,
          ...entry,
          status: reply.raw.statusCode,
          ms: performance.now() - started,
        }),
      );
    });
    done();
  });
}

/** A URL Fastify cannot even route is refused like any other odd path. */
function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_BAD_URL') {
    void reply.code(403).send(forbiddenBody(pathRefusal(request.url) ?? 'the path is not a valid URL path'));
    return;
  }
  void reply.code(400).send({ error: 'bad-request', message: error.message });
}
