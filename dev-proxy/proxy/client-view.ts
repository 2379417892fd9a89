// How the client reached the proxy. Rewritten URLs must use the same scheme and host as the request,
// so that a browser behind Vite's dev server (which keeps the browser's Host header) stays same-origin.
import type { FastifyRequest } from 'fastify';
import type { ClientView } from './url-mapping';

/** A Host header we are willing to echo back into URLs: host or [ipv6], then an optional port. */
const PLAIN_HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The client-facing origin: scheme + Host of the request. A Host that is not a plain host[:port]
 * (it could smuggle a path or another URL into every rewritten link) falls back to the address the
 * request actually reached.
 */
export function clientOriginOf(request: FastifyRequest): string {
  const host = request.headers.host;
  if (host !== undefined && PLAIN_HOST.test(host)) return `${request.protocol}://${host}`;
  const { localAddress = '127.0.0.1', localPort } = request.socket;
  const address = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
  return `${request.protocol}://${address}${localPort === undefined ? '' : `:${localPort}`}`;
}

/**
 * The view the URL rewriting needs for this request. A client keeps the form it used: a request in the
 * root form (transparent mode) gets root-form URLs for the target, one in the prefix form gets prefix
 * URLs only, because the console behind Vite can only reach the proxy under /o2g.
 */
export function clientViewOf(request: FastifyRequest, rootOrigin: string | undefined): ClientView {
  const clientOrigin = clientOriginOf(request);
  return rootOrigin === undefined ? { clientOrigin } : { clientOrigin, rootOrigin };
}
