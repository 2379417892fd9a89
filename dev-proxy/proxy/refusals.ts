// Requests the proxy refuses before it even looks for an upstream. Each refusal closes a way an
// attacker could make a forwarding proxy reach somewhere else: absolute-form targets, CONNECT tunnels,
// and paths that an upstream URL parser would normalize into something else (dot segments, encoded
// slashes or dots, backslashes that WHATWG URL treats as slashes).
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LOOPBACK_NAMES, normalizeHostName } from '../shared/host-check';

/** The body of every refusal. */
export interface ForbiddenBody {
  error: 'forbidden';
  message: string;
  /** Set when the request named a server (the prefix form): see `proxyErrorBodySchema`. */
  refusal?: ServerRefusal['refusal'];
  target?: string;
  startedHere?: boolean;
}

/** Why a request that named a server is refused: the console tells its user what to do from this. */
export type ServerRefusal =
  { refusal: 'not-a-target'; target: string } | { refusal: 'bad-address'; target?: undefined };

/** Why a raw request target is refused, or undefined when its path is acceptable. */
export function pathRefusal(rawUrl: string): string | undefined {
  if (!rawUrl.startsWith('/')) {
    return 'this proxy only takes paths (/…); absolute URLs and "*" are refused: it is not an open relay';
  }
  const queryStart = rawUrl.indexOf('?');
  const path = queryStart < 0 ? rawUrl : rawUrl.slice(0, queryStart);
  if (path.includes('\\')) return 'backslashes are not allowed in paths';
  if (/%(?:2e|2f|5c)/i.test(path)) return 'encoded dots, slashes or backslashes are not allowed in paths';
  // The paths start with "/", so a dot segment needs "/." and a percent-escape needs "%": most paths
  // have neither and skip the work (every request comes through here).
  if (path.includes('/.') && path.split('/').some((segment) => segment === '.' || segment === '..')) {
    return '"." and ".." path segments are not allowed';
  }
  if (path.includes('%')) {
    try {
      decodeURIComponent(path);
    } catch {
      return 'the path has malformed percent-encoding';
    }
  }
  return undefined;
}

/** The 403 JSON body for a refusal. */
export function forbiddenBody(
  message: string,
  extra: Omit<ForbiddenBody, 'error' | 'message'> = {},
): ForbiddenBody {
  return { error: 'forbidden', message, ...extra };
}

/** Sends a refusal. */
export function sendForbidden(
  reply: FastifyReply,
  message: string,
  extra: Omit<ForbiddenBody, 'error' | 'message'> = {},
): FastifyReply {
  return reply.code(403).type('application/json; charset=utf-8').send(forbiddenBody(message, extra));
}

/**
 * True when the browser reached the console by a loopback name. Vite and the console server keep the
 * browser's Host, so this is what the person typed in the address bar: a loopback name means they sit at
 * the machine that runs the console (they, or their own `npm start`, can restart it with another
 * `--target`); any other name means a console someone hosts for them.
 */
export function reachedByLoopback(request: FastifyRequest): boolean {
  const host = request.headers.host;
  const name = host === undefined ? undefined : normalizeHostName(host);
  return name !== undefined && (LOOPBACK_NAMES.includes(name) || /^127\.\d+\.\d+\.\d+$/.test(name));
}

/**
 * CONNECT never reaches Fastify's router: Node hands it to the server's 'connect' event, and without a
 * listener just drops the socket. Answering it explicitly makes the refusal visible and logged.
 */
export function refuseConnect(server: Server, log: (line: string) => void): void {
  server.on('connect', (request: { url?: string }, socket: Duplex) => {
    const body = JSON.stringify(
      forbiddenBody('CONNECT is refused: this proxy only forwards to its O2G targets'),
    );
    socket.on('error', () => socket.destroy());
    socket.end(
      'HTTP/1.1 403 Forbidden\r\nContent-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    log(`CONNECT - ${request.url ?? ''} 403 0ms`);
  });
}
