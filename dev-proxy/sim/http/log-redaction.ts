// The lab's request log must not become a place to read secrets from: credentials travel in cookies
// (never logged), but subscription ids sit in paths and polling URLs' query strings, and query
// strings carry logins and search terms. Logged URLs keep their shape with those values blanked.
import type { FastifyServerOptions } from 'fastify';

/** Where the request log goes: off, Fastify's default (stdout), or a stream of JSON lines (tests). */
export type LabLogger = boolean | { stream: { write(line: string): void } };

const REDACTED = '…';

// Ids the lab mints (subscriptions, credentials, sessions) are long runs of base64url, hex or dots;
// names O2G puts in paths (services, logins, extensions, call refs) are short.
const TOKEN_SEGMENT = /^[A-Za-z0-9._~%-]{24,}$/;

/** A request URL fit for a log: each query value and each token-like path segment replaced. */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const redactedPath = path
    .split('/')
    .map((segment) => (TOKEN_SEGMENT.test(segment) ? REDACTED : segment))
    .join('/');
  if (queryAt < 0) return redactedPath;
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0] ?? '';
      return pair.includes('=') ? `${name}=${REDACTED}` : name;
    })
    .join('&');
  return `${redactedPath}?${query}`;
}

/** Fastify's logger options for a lab app: only the method and the redacted URL of each request. */
export function labLogger(logger: LabLogger | undefined): Pick<FastifyServerOptions, 'logger'> {
  if (!logger) return { logger: false };
  return {
    logger: {
      ...(typeof logger === 'object' && { stream: logger.stream }),
      serializers: {
        req: (request: { method: string; url: string }) => ({
          method: request.method,
          url: redactUrl(request.url),
        }),
      },
    },
  };
}
