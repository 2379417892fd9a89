// Cookies between the browser and an O2G seen through the proxy. The O2G scopes its cookie to its own
// host; the browser only ever sees the proxy, so the cookie is re-scoped to the upstream's prefix path.
import {
  COOKIES_HEADER as CONTRACT_COOKIES_HEADER,
  CREDENTIAL_COOKIE_NAME,
  CREDENTIAL_HEADER as CONTRACT_CREDENTIAL_HEADER,
} from '../../src/o2g/contract';

/** Request header (lower case, as Node gives it) that carries the credential from browser code. */
export const CREDENTIAL_HEADER = CONTRACT_CREDENTIAL_HEADER.toLowerCase();

/** Request header (lower case) by which a client declines the O2G's cookies. */
export const COOKIES_HEADER = CONTRACT_COOKIES_HEADER.toLowerCase();

/** How the client side of the proxy looks, which decides the cookie attributes a browser accepts. */
export interface CookieScope {
  /** Path the cookie applies to: the upstream's prefix path, or `/` in transparent mode. */
  path: string;
  /** The client reached the proxy over https. */
  clientSecure: boolean;
  /** The page that calls the proxy is on another site (only matters over https). */
  crossSite: boolean;
}

/** Attributes we set ourselves; the upstream's values for these are meaningless to the browser. */
const REPLACED_ATTRIBUTES = new Set(['domain', 'path', 'secure', 'samesite', 'partitioned']);

/**
 * Rewrites one `Set-Cookie` value: no Domain (the proxy's host is the cookie's host), Path = the
 * upstream's prefix, Secure only when the client side is https, SameSite=Lax, or None + Secure when a
 * page on another site calls the proxy over https. Name, value and lifetime are kept as they came.
 */
export function rewriteSetCookie(setCookie: string, scope: CookieScope): string {
  const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim());
  const kept = attributes.filter((attribute) => {
    const name = attribute.split('=', 1)[0]?.trim().toLowerCase() ?? '';
    return attribute !== '' && !REPLACED_ATTRIBUTES.has(name);
  });
  kept.unshift(`Path=${scope.path}`);
  if (scope.clientSecure && scope.crossSite) kept.push('Secure', 'SameSite=None');
  else if (scope.clientSecure) kept.push('Secure', 'SameSite=Lax');
  else kept.push('SameSite=Lax');
  return [pair, ...kept].join('; ');
}

/** A credential must be a plain cookie value: anything else could smuggle other cookies upstream. */
export function isCookieValue(value: string): boolean {
  return /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]+$/.test(value);
}

/** The upstream `Cookie` header for a credential given in {@link CREDENTIAL_HEADER}. */
export function credentialCookie(credential: string): string {
  if (!isCookieValue(credential)) throw new Error('the credential is not a plain cookie value');
  return `${CREDENTIAL_COOKIE_NAME}=${credential}`;
}
