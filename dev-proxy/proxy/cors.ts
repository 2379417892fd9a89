// CORS for a console served from another origin. Same-origin callers (Vite forwarding /o2g, or a page
// the proxy itself serves) need none of it; everyone else must be on the allow-list, and the exact
// origin is echoed because credentials are allowed (`*` is never valid with credentials). Every header
// value but the echoed origin is computed once, when the proxy is built, not per request.
import type { FastifyInstance } from 'fastify';
import { clientOriginOf } from './client-view';
import { VAULT_HEADER } from '../../src/o2g/contract';
import { COOKIES_HEADER, CREDENTIAL_HEADER } from './cookies';

const ALLOWED_HEADERS = [
  'Content-Type',
  'Authorization',
  CREDENTIAL_HEADER,
  COOKIES_HEADER,
  VAULT_HEADER,
  'Range',
].join(', ');
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/** Headers on every answer to an allowed origin. */
const ANSWER_HEADERS = {
  'access-control-allow-credentials': 'true',
  'access-control-expose-headers': 'Location',
  vary: 'Origin',
};

/** Headers on a preflight answer to an allowed origin. */
const PREFLIGHT_HEADERS = {
  ...ANSWER_HEADERS,
  'access-control-allow-methods': ALLOWED_METHODS,
  'access-control-allow-headers': ALLOWED_HEADERS,
  'access-control-max-age': '600',
};

/** The configured origins, in the form browsers send them. */
export function originSet(allowOrigins: readonly string[]): ReadonlySet<string> {
  return new Set(allowOrigins.map((origin) => origin.trim().replace(/\/+$/, '')));
}

/** Installs the proxy's CORS policy as one request hook. Preflights are answered here, never forwarded. */
export function installCors(app: FastifyInstance, allowed: ReadonlySet<string>): void {
  app.addHook('onRequest', (request, reply, done) => {
    const origin = request.headers.origin;
    const ok = origin !== undefined && (allowed.has(origin) || origin === clientOriginOf(request));
    const preflight =
      request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
    if (preflight) {
      if (ok) void reply.headers(PREFLIGHT_HEADERS).header('access-control-allow-origin', origin);
      else void reply.header('vary', 'Origin');
      void reply.code(204).send();
      return;
    }
    if (ok) void reply.headers(ANSWER_HEADERS).header('access-control-allow-origin', origin);
    done();
  });
}
