import type { FastifyRequest } from 'fastify';
import { O2G_API_VERSION } from '../../../src/o2g/contract';
import { O2G_PATHS } from './sim-context';

/**
 * The origin absolute URLs start with. Clients follow the URLs the O2G returns and never build them,
 * so by default we answer with the origin they reached us on (Host header and the listener's scheme):
 * whatever name or port a client or proxy used keeps working. A configured publicUrl wins.
 */
export function publicOrigin(request: FastifyRequest): string {
  const configured = request.server.sim.publicUrl;
  if (configured !== undefined) return configured;
  return `${request.protocol}://${request.host || listenerHost(request)}`;
}

// An HTTP/1.0 request may come without a Host header: fall back to the address it reached.
function listenerHost(request: FastifyRequest): string {
  const { localAddress = '127.0.0.1', localPort } = request.socket;
  const address = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
  return localPort === undefined ? address : `${address}:${localPort}`;
}

/** The absolute URLs of the O2G entry points, for the origin of this request. */
export function o2gUrls(request: FastifyRequest) {
  const origin = publicOrigin(request);
  return {
    discovery: `${origin}${O2G_PATHS.restRoot}`,
    authenticate: `${origin}${O2G_PATHS.authenticate}?version=${O2G_API_VERSION}`,
    sessions: `${origin}${O2G_PATHS.sessions}`,
    /** The session's base URL; each service URL is this + its relativeUrl. */
    apiBase: `${origin}${O2G_PATHS.apiBase}`,
  };
}

/** Checks and normalizes a configured public URL; throws a readable error for a bad one. */
export function normalizePublicUrl(publicUrl: string): string {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`public URL "${publicUrl}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`public URL "${publicUrl}" must start with http:// or https://`);
  }
  if (url.search || url.hash) throw new Error(`public URL "${publicUrl}" must not have a query or fragment`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
