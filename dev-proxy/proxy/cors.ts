// CORS for a console served from another origin. Same-origin callers (Vite forwarding /o2g, or a page
// the proxy itself serves) need none of it; everyone else must be on the allow-list, and the exact
// origin is echoed because credentials are allowed (`*` is never valid with credentials).
import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { clientOriginOf } from './client-view';
import { COOKIES_HEADER, CREDENTIAL_HEADER } from './cookies';

/** Registers @fastify/cors with the proxy's policy. */
export function installCors(app: FastifyInstance, allowOrigins: readonly string[]): void {
  const allowed = new Set(allowOrigins.map((origin) => origin.trim().replace(/\/+$/, '')));
  void app.register(fastifyCors, {
    hook: 'onRequest',
    delegator: (request, callback) => {
      const origin = request.headers.origin;
      const ok = origin !== undefined && (allowed.has(origin) || origin === clientOriginOf(request));
      callback(null, {
        origin: ok ? origin : false,
        credentials: true,
        exposedHeaders: ['Location'],
        allowedHeaders: ['Content-Type', 'Authorization', CREDENTIAL_HEADER, COOKIES_HEADER, 'Range'],
        methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
        maxAge: 600,
      });
    },
  });
}
