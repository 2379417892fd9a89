// What vite.config.ts adds to Vite's own servers (`npm run dev`, `vite preview`): the console's security
// headers, no source maps to the browser, and a logger that redacts every line (Vite's proxy prints the
// /o2g URLs it fails to forward, subscription ids included).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLogger, type Logger, type Plugin } from 'vite';
import { redactForLog } from './redact-log';
import { devSecurityHeaders, PRODUCTION_SECURITY_HEADERS } from './security-headers';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

function withHeaders(headersOf: (request: IncomingMessage) => Record<string, string>): Middleware {
  return (request, response, next) => {
    for (const [name, value] of Object.entries(headersOf(request))) response.setHeader(name, value);
    next();
  };
}

/** Source maps may be built on demand (O2G_SOURCEMAPS=1) for local tools; no server hands them out. */
const refuseSourceMaps: Middleware = (request, response, next) => {
  if (!(request.url ?? '').split('?')[0]?.endsWith('.map')) return next();
  response.statusCode = 404;
  response.end();
};

/** Vite plugin: the dev server's and the preview's headers, set before any of Vite's own middleware. */
export function consoleHeaders(): Plugin {
  return {
    name: 'o2g-console-headers',
    configureServer(server) {
      server.middlewares.use(withHeaders((request) => devSecurityHeaders(request.headers.host ?? '')));
    },
    configurePreviewServer(server) {
      server.middlewares.use(refuseSourceMaps);
      server.middlewares.use(withHeaders(() => PRODUCTION_SECURITY_HEADERS));
    },
  };
}

/** Vite's logger with every message passed through the console's log redaction. */
export function redactingLogger(): Logger {
  const logger = createLogger();
  // Built on the original, so that its state (hasWarned, the screen-clearing flags) stays its own.
  return Object.assign(Object.create(logger) as Logger, {
    info: (message, options) => logger.info(redactForLog(message), options),
    warn: (message, options) => logger.warn(redactForLog(message), options),
    warnOnce: (message, options) => logger.warnOnce(redactForLog(message), options),
    error: (message, options) => logger.error(redactForLog(message), options),
  } satisfies Partial<Logger>);
}
