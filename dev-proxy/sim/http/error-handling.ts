import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SimError } from '../model/sim-error';
import { simErrorKindForStatus } from '../model/sim-error';
import { toO2gJson } from './o2g-json';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Sends a refusal as O2G does: its status, its headers, the O2G error body. */
export function sendSimError(reply: FastifyReply, error: SimError) {
  return reply
    .code(error.status)
    .headers(error.details.headers ?? {})
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(toO2gJson(error.toBody())));
}

/**
 * Whatever was thrown, as a SimError. The framework's own client errors (bad JSON, body too large,
 * bad URL…) keep their 4xx status; anything else is the simulator's fault, hence a 500.
 */
export function asSimError(error: unknown): SimError {
  if (error instanceof SimError) return error;
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new SimError(simErrorKindForStatus(status), fastifyError.message ?? 'Bad request');
  }
  return new SimError('internal', 'The simulator failed to handle the request', {
    innerMessage: error instanceof Error ? error.message : String(error),
  });
}

/** For Fastify's `frameworkErrors` option: errors raised before routing (malformed URL, bad headers). */
export function onFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void sendSimError(reply, asSimError(error));
}

/**
 * For Fastify's `clientErrorHandler` option: requests Node's HTTP parser refuses before any route sees
 * them (headers too large, a malformed request line, garbage after a request) still get an O2G answer.
 */
export function onClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const simError =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new SimError('headersTooLarge', 'The request headers (URL and cookies included) are too large')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new SimError('requestTimeout', 'The request took too long to arrive')
        : new SimError('badRequest', 'The request is not valid HTTP', { innerMessage: error.message });
  const body = JSON.stringify(toO2gJson(simError.toBody()));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${simError.status} ${STATUS_CODES[simError.status] ?? ''}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.end();
}

/** Deeper JSON than any O2G body: recursive schemas (directory filters) would overflow the stack on it. */
const MAX_JSON_DEPTH = 64;

/** The nesting depth of a parsed JSON value, measured without recursion. */
function jsonDepth(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const member of Object.values(item)) pending.push([member, depth + 1]);
  }
  return deepest;
}

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Why a request's body may not be read as JSON, or undefined. SDKs differ on body-less POSTs (the node
 * SDK labels them as JSON, the Java SDK labels nothing), so a missing label is fine on an empty body.
 * Anything else must say JSON, as Jersey on a real O2G demands: reading a `text/plain` body as JSON
 * would let any web page's form drive the lab (forms and no-cors fetches cannot send JSON).
 */
function mediaTypeRefusal(contentType: string | undefined, body: string): SimError | undefined {
  if (contentType === undefined) {
    if (body.trim() === '') return undefined;
    return new SimError(
      'unsupportedMediaType',
      'A request body must come with Content-Type: application/json',
    );
  }
  if (JSON_MEDIA_TYPE.test(contentType)) return undefined;
  return new SimError('unsupportedMediaType', 'Only application/json is accepted', {
    innerMessage: `Content-Type ${contentType.slice(0, 100)} is not supported`,
  });
}

/** Parses a request body as JSON once its Content-Type allows it. An empty body is no body. */
function parseJsonBody(
  request: FastifyRequest,
  body: string,
  done: (error: Error | null, body?: unknown) => void,
) {
  const refusal = mediaTypeRefusal(request.headers['content-type'], body);
  if (refusal) return done(refusal);
  if (body.trim() === '') return done(null, undefined);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return done(
      new SimError('badRequest', 'The request body is not valid JSON', {
        innerMessage: (error as Error).message,
      }),
    );
  }
  if (jsonDepth(parsed) > MAX_JSON_DEPTH) {
    return done(
      new SimError('badRequest', `The request body is nested deeper than ${MAX_JSON_DEPTH} levels`),
    );
  }
  done(null, parsed);
}

/** Makes every answer of the app, including the framework's refusals, an O2G answer. */
export function installO2gErrorHandling(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, parseJsonBody);

  app.setErrorHandler((error, request, reply) => {
    const simError = asSimError(error);
    if (simError.status >= 500) request.log.error(error);
    return sendSimError(reply, simError);
  });

  // A known path asked with the wrong method is a 405 naming the allowed ones, not a 404.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '/';
    const allowed = METHODS.filter((method) => app.findRoute({ method, url: path }) !== null);
    if (allowed.length > 0) {
      const message = `Method ${request.method} is not allowed on ${path}`;
      return sendSimError(
        reply,
        new SimError('methodNotAllowed', message, { headers: { allow: allowed.join(', ') } }),
      );
    }
    return sendSimError(reply, new SimError('notFound', `No resource at ${path}`));
  });
}
