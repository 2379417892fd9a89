// The production console server as a Fastify app (no listen here; serve-console.ts listens, tests use both).
// One origin serves the built console and forwards /o2g/* to the dev proxy, so the browser stays
// same-origin and never needs CORS.
import type { IncomingHttpHeaders } from 'node:http';
import fastifyReplyFrom from '@fastify/reply-from';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { hostNamesOf, isAllowedHost } from '../shared/host-check';
import { redactLogLine } from '../shared/redact-log';
import { PRODUCTION_SECURITY_HEADERS } from './security-headers';

/** How to build the console server. */
export interface ConsoleAppOptions {
  /** The production build to serve (`dist/`). */
  distDir: string;
  /** The dev proxy that /o2g/* goes to, e.g. `http://127.0.0.1:8787`. */
  proxyUrl: string;
  /** The --host the console listens on: with the loopback names, the only Host names it answers to. */
  bindHost: string;
  /** Where the server's log lines go; every line is redacted first. */
  log?: (line: string) => void;
}

const FORWARDED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** Hashed by Vite: their content never changes under the same name. */
const HASHED_ASSETS = /^\/assets\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Each open event channel holds a connection to the proxy for as long as it lasts. */
const PROXY_CONNECTIONS = 1024;
/** Never repeats the Host: it would be the rebinding page's own text. */
const HOST_REFUSAL =
  'the Host header is not a name of this console; reach it by a loopback name or its --host address';

/** Builds the console server. */
export function createConsoleApp(options: ConsoleAppOptions): FastifyInstance {
  const print = options.log ?? ((line: string) => console.log(line));
  const log = (line: string) => print(redactLogLine(line));
  const names = hostNamesOf([options.bindHost]);
  const app = Fastify({ logger: false, exposeHeadRoutes: true });

  app.addHook('onRequest', (request, reply, done) => {
    void reply.headers(PRODUCTION_SECURITY_HEADERS);
    const refusal = isAllowedHost(request.headers.host, names) ? originRefusal(request) : HOST_REFUSAL;
    if (refusal === undefined) done();
    else void reply.code(403).send({ error: 'forbidden', message: refusal });
  });

  // Request bodies go to the proxy as the raw stream they arrived as: nothing parsed, nothing buffered.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  void app.register(fastifyReplyFrom, {
    base: options.proxyUrl,
    disableRequestLogging: true,
    disableCache: true,
    undici: { connections: PROXY_CONNECTIONS, headersTimeout: 60_000, bodyTimeout: 0 },
  });
  app.route({
    method: [...FORWARDED_METHODS],
    url: '/o2g/*',
    handler: (request, reply) =>
      reply.from(request.url, {
        // Every request reaches the O2G once: reply-from would retry a GET that got a 503 by itself,
        // hiding the O2G's answer from the console and spending the lab's planned faults.
        retryDelay: () => null,
        // The proxy writes the browser's own origin into the URLs it returns: it must see the browser's Host.
        rewriteRequestHeaders: (original, headers) => ({ ...headers, host: original.headers.host }),
        rewriteHeaders: withoutCors,
        onError: (failed, { error }) => {
          log(`console: ${request.method} ${request.url} could not reach the dev proxy: ${error.message}`);
          void failed
            .code(502)
            .send({ error: 'proxy-unreachable', message: 'The dev proxy did not answer.' });
        },
      }),
  });

  void app.register(fastifyStatic, {
    root: options.distDir,
    preCompressed: true,
    cacheControl: false,
    // Source maps are for the developer's own tools, never for the browser; dotfiles (the build stamp,
    // Vite's manifest directory) are not the console's either.
    dotfiles: 'ignore',
    allowedPath: (pathname) => !pathname.endsWith('.map'),
    setHeaders: (reply: FastifyReply, path: string) => {
      const served = path.slice(options.distDir.length).replace(/\\/g, '/');
      void reply.header('cache-control', HASHED_ASSETS.test(served) ? IMMUTABLE : 'no-cache');
    },
  });

  // Client routes (/services, /telephony, …) are the single page: index.html. A missing file is a 404.
  app.setNotFoundHandler((request, reply) => {
    if (isClientRoute(request)) return reply.sendFile('index.html');
    return reply.code(404).send({ error: 'not-found', message: 'No such file in the console.' });
  });
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) log(`console: ${request.method} ${request.url} failed: ${error.message}`);
    void reply.code(status).send({ error: 'console-server', message: error.message });
  });
  return app;
}

/**
 * The console calls /o2g only from its own pages. A request from any other origin (another local web
 * app, a page on the internet) is refused outright, and no answer ever carries CORS headers.
 */
function originRefusal(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  if (origin === undefined || !request.url.startsWith('/o2g/')) return undefined;
  if (origin === `http://${request.headers.host}`) return undefined;
  return 'only the console itself may call /o2g';
}

function withoutCors(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const kept: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers))
    if (!name.toLowerCase().startsWith('access-control-')) kept[name] = value;
  return kept;
}

/** A navigation to a page of the console: GET or HEAD, outside /o2g and /assets, with no file extension. */
function isClientRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  if (path.startsWith('/o2g/') || HASHED_ASSETS.test(path)) return false;
  return !(path.split('/').pop() ?? '').includes('.');
}
