// The proxy's URL scheme (docs/decisions/0002-proxy-url-scheme.md):
//   /o2g/<scheme>/<host>:<port>/<upstream path and query>   addresses one upstream origin;
//   any other path goes to the single target when there is exactly one (transparent mode).
import { PROXY_PREFIX_ROOT, proxyPrefixOf } from '../../src/o2g/contract';
import type { OwnerOf, UpstreamAllowList } from './targets';

/** Paths under this prefix name their upstream origin (shared with the console through the contract). */
export const PREFIX_ROOT = PROXY_PREFIX_ROOT;

/** A host the way it may appear in a prefix: a DNS name, IPv4, or a bracketed IPv6, then a port. */
const HOST_PORT = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** Prefixes already worked out: every forwarded request and rewritten URL needs its origin's prefix. */
const prefixes = new Map<string, string>();
/** Origins are allowed ones (configured, or learned and bounded), but a cache must not grow without end. */
const MAX_PREFIXES = 512;

/** The prefix path of an upstream origin, always with an explicit port: `/o2g/https/host:443`. */
export function prefixOf(origin: string): string {
  let prefix = prefixes.get(origin);
  if (prefix === undefined) {
    prefix = proxyPrefixOf(origin);
    if (prefixes.size >= MAX_PREFIXES) prefixes.clear();
    prefixes.set(origin, prefix);
  }
  return prefix;
}

/** A request path resolved to its upstream origin and the path (with query) to ask there. */
export interface UpstreamAddress {
  origin: string;
  pathAndQuery: string;
}

/**
 * Reads the prefix form. Returns undefined when the path is not under `/o2g/`, a string (why) when it
 * is but does not name a well-formed http(s) origin. It says nothing about whether the origin is allowed.
 */
export function parsePrefixForm(rawUrl: string): UpstreamAddress | string | undefined {
  if (!rawUrl.startsWith(PREFIX_ROOT)) return undefined;
  const match = /^\/o2g\/([^/?]*)\/([^/?]*)(.*)$/.exec(rawUrl);
  if (!match) return 'write the upstream as /o2g/<http|https>/<host>:<port>/<path>';
  const [, scheme = '', hostPort = '', rest = ''] = match;
  if (scheme !== 'http' && scheme !== 'https') return `"${scheme}" is not http or https`;
  if (!HOST_PORT.test(hostPort)) return `"${hostPort}" is not a host[:port]`;
  let origin: string;
  try {
    origin = new URL(`${scheme}://${hostPort}`).origin;
  } catch {
    return `"${hostPort}" is not a host[:port]`;
  }
  const pathAndQuery = rest === '' ? '/' : rest.startsWith('?') ? `/${rest}` : rest;
  return { origin, pathAndQuery };
}

/** How the client reaches the proxy, which decides what rewritten URLs look like. */
export interface ClientView {
  /** Scheme and host the client used, e.g. `http://127.0.0.1:5173` behind Vite. */
  clientOrigin: string;
  /** The single target, in transparent mode: its URLs map to the proxy's root. */
  rootOrigin?: string;
}

/** Where the client must go to reach an upstream URL through the proxy. */
export function toClientUrl(upstream: URL, view: ClientView): string {
  const tail = `${upstream.pathname}${upstream.search}${upstream.hash}`;
  if (view.rootOrigin !== undefined && upstream.origin === view.rootOrigin)
    return `${view.clientOrigin}${tail}`;
  return `${view.clientOrigin}${prefixOf(upstream.origin)}${tail}`;
}

/**
 * Maps one absolute URL an upstream returned in an endpoint field or a Location header. URLs on an
 * allowed (or now learned, on behalf of `owner`) origin point into the proxy; anything else (another
 * host, a relative path, text) is returned unchanged.
 */
export function mapUpstreamUrl(
  text: string,
  allowList: UpstreamAllowList,
  view: ClientView,
  owner: OwnerOf,
): string {
  if (!/^https?:\/\//i.test(text)) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  return allowList.learn(url, owner) ? toClientUrl(url, view) : text;
}
