// The lab's request log must not become a place to read secrets from: credentials travel in cookies
// (never logged), but subscription ids sit in paths and polling URLs' query strings, and query
// strings carry logins and search terms. Logged URLs go through the dev tools' one redaction and,
// stricter than the proxy's log, keep only their shape: every query value and long id blanked too.
import type { FastifyServerOptions } from 'fastify';
import { REDACTION_MASK, redactLogLine } from '../../shared/redact-log';

/** Where the request log goes: off, Fastify's default (stdout), or a stream of JSON lines (tests). */
export type LabLogger = boolean | { stream: { write(line: string): void } };

// Ids the lab mints (subscriptions, credentials, sessions) are long runs of base64url, hex or dots;
// names O2G puts in paths (services, logins, extensions, call refs) are short.
const TOKEN_SEGMENT = /^[A-Za-z0-9._~%-]{24,}$/;

/** A request URL fit for a log: `redactLogLine`, then each query value and token-like path segment replaced. */
export function redactUrl(requestUrl: string): string {
  const url = redactLogLine(requestUrl);
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const redactedPath = path
    .split('/')
    .map((segment) => (TOKEN_SEGMENT.test(segment) ? REDACTION_MASK : segment))
    .join('/');
  if (queryAt < 0) return redactedPath;
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0] ?? '';
      return pair.includes('=') ? `${name}=${REDACTION_MASK}` : name;
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
