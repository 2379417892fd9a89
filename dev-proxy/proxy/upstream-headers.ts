// Headers on the way to the O2G and back. Going up, the proxy is the O2G's client: browser-only and
// hop-by-hop headers stay behind and the credential becomes the AlcUserId cookie. Coming back, the
// headers that would point the browser at the O2G itself (Location, cookie scope) are re-aimed at the
// proxy, and the ones that would make the browser misbehave (Basic challenge, the O2G's own CORS) go.
import type { IncomingHttpHeaders } from 'node:http';
import type { IncomingHttpHeaders as Http2IncomingHttpHeaders } from 'node:http2';
import {
  COOKIES_HEADER,
  credentialCookie,
  CREDENTIAL_HEADER,
  rewriteSetCookie,
  type CookieScope,
} from './cookies';
import type { OriginOwner, UpstreamAllowList } from './targets';
import { mapUpstreamUrl, type ClientView } from './url-mapping';
import { withoutHandle } from './vault-cookie';

type Headers = IncomingHttpHeaders | Http2IncomingHttpHeaders;

/** Request headers that must not travel to the O2G. */
const DROPPED_REQUEST_HEADERS = new Set([
  CREDENTIAL_HEADER,
  COOKIES_HEADER,
  // The O2G would judge the console's origin against its own CORS list; the proxy is its client now.
  'origin',
  'referer',
  // Forwarding hints could make an O2G build its URLs on a host the client chose.
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
  // Hop-by-hop: they describe the client's connection to the proxy, not ours to the O2G.
  'proxy-authorization',
  'proxy-connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  // Node's server has already answered "100 Continue" to the client; the upstream client refuses the header.
  'expect',
  // Replaced below.
  'accept-encoding',
]);

/**
 * The headers sent upstream. `credential` is the X-O2G-Credential value or the session vault's, already
 * checked; without it the client's own Cookie header goes through (what curl, scripts and SDKs use),
 * less the vault's handle.
 */
export function upstreamRequestHeaders(
  headers: Headers,
  credential: string | undefined,
  hadContentType: boolean,
): Headers {
  // Built by copying what may go, not by copying all and deleting: cheaper, and V8 keeps the object fast.
  const out: Headers = {};
  for (const name in headers) {
    if (DROPPED_REQUEST_HEADERS.has(name)) continue;
    // reply-from labels a body it was handed; a request that came without a type goes on without one.
    if (name === 'content-type' && !hadContentType) continue;
    if (name === 'cookie') {
      // The session vault's handle is the proxy's own business: the O2G never sees it.
      const cookie = withoutHandle(headers.cookie);
      if (cookie !== undefined) out.cookie = cookie;
      continue;
    }
    out[name] = headers[name];
  }
  if (credential !== undefined) out.cookie = credentialCookie(credential);
  // Endpoint answers are rewritten as text, so ask for them unencoded.
  out['accept-encoding'] = 'identity';
  return out;
}

/** Response headers that must not reach the client. */
const DROPPED_RESPONSE_HEADERS = new Set([
  // A Basic challenge makes the browser show its own login dialog; the console shows the 401 itself.
  'www-authenticate',
  'proxy-authenticate',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);

/** What rewriting the response headers needs to know. */
export interface ResponseHeaderContext {
  upstreamUrl: URL;
  allowList: UpstreamAllowList;
  view: ClientView;
  /** Who a Location on another port of the O2G's host is learned for (the request's session). */
  owner: () => OriginOwner;
  cookieScope: CookieScope;
  /** The client asked for no cookies (the console): the O2G's Set-Cookie does not reach it. */
  dropCookies: boolean;
  /** The body will be rewritten, so its length changes. */
  rewritesBody: boolean;
}

/** The headers the client gets. */
export function clientResponseHeaders(headers: Headers, context: ResponseHeaderContext): Headers {
  const out: Headers = {};
  for (const name in headers) {
    const value = headers[name];
    const lower = name.toLowerCase();
    if (value === undefined || lower.startsWith(':') || DROPPED_RESPONSE_HEADERS.has(lower)) continue;
    // The O2G's own CORS answer is about its origin, not the proxy's; cors.ts answers for us.
    if (lower.startsWith('access-control-')) continue;
    if (lower === 'content-length' && context.rewritesBody) continue;
    if (lower === 'set-cookie') continue; // rewritten (or dropped) below
    out[lower] = value;
  }
  const location = headers.location;
  if (typeof location === 'string') out.location = mapLocation(location, context);
  const setCookie = headers['set-cookie'];
  if (setCookie !== undefined && !context.dropCookies) {
    const cookies = Array.isArray(setCookie) ? setCookie : [setCookie];
    out['set-cookie'] = cookies.map((cookie) => rewriteSetCookie(cookie, context.cookieScope));
  }
  return out;
}

/** A relative Location is resolved against the upstream URL first: the client's URL has another shape. */
function mapLocation(location: string, context: ResponseHeaderContext): string {
  let absolute: URL;
  try {
    absolute = new URL(location, context.upstreamUrl);
  } catch {
    return location;
  }
  return mapUpstreamUrl(absolute.href, context.allowList, context.view, context.owner);
}
