// What vite.config.ts adds to Vite's own servers (`npm run dev`, `vite preview`): the console's security
// headers, no source maps to the browser, and a logger that redacts every line (Vite's proxy prints the
// /o2g URLs it fails to forward, subscription ids included).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger, Plugin } from 'vite';
import { redactLogLine } from '../shared/redact-log';
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

/**
 * Vite plugin: every message of Vite's logger (whichever one the config resolved, at its log level) goes
 * through the console's log redaction first.
 */
export function redactLogs(): Plugin {
  return {
    name: 'o2g-redact-logs',
    configResolved(config) {
      const logger: Logger = config.logger;
      const info = logger.info.bind(logger);
      const warn = logger.warn.bind(logger);
      const warnOnce = logger.warnOnce.bind(logger);
      const error = logger.error.bind(logger);
      logger.info = (message, options) => info(redactLogLine(message), options);
      logger.warn = (message, options) => warn(redactLogLine(message), options);
      logger.warnOnce = (message, options) => warnOnce(redactLogLine(message), options);
      logger.error = (message, options) => error(redactLogLine(message), options);
    },
  };
}
