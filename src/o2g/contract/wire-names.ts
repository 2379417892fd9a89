/**
 * The names the console, the dev proxy and the lab agree on that need no schema: headers, paths and how a
 * proxied path names its upstream. No zod here: the sign-in page's first load uses these, and zod with the
 * schemas arrives only with the first request that validates an answer. `proxy.ts` and
 * `session-vault.ts` re-export them with their schemas.
 */

/** Paths under this prefix name their upstream origin: `/o2g/<scheme>/<host>:<port>/<path>`. */
export const PROXY_PREFIX_ROOT = '/o2g/';

/** The request header the console sends its credential in; the proxy turns it into the AlcUserId cookie. */
export const CREDENTIAL_HEADER = 'X-O2G-Credential';

/**
 * Sent by the console with the value `none` on every request: it carries the credential in
 * {@link CREDENTIAL_HEADER}, so the proxy keeps the O2G's cookies (the credential among them) out of the
 * browser's cookie jar, and nothing secret outlives the page.
 */
export const COOKIES_HEADER = 'X-O2G-Cookies';

/** The prefix path of an upstream origin, always with an explicit port, e.g. `/o2g/https/host:443`. */
export function proxyPrefixOf(origin: string): string {
  const url = new URL(origin);
  const scheme = url.protocol.slice(0, -1);
  const port = url.port || (scheme === 'https' ? '443' : '80');
  return `${PROXY_PREFIX_ROOT}${scheme}/${url.hostname}:${port}`;
}

/** Path of the proxy's list of targets, which the console's server picker reads. */
export const PROXY_TARGETS_PATH = '/o2g/__targets';

/**
 * Sent by the console with the value `1` on every request. A request that uses the handle cookie must
 * carry it: a custom header forces a CORS preflight, which only the console's own origin passes, so
 * another local app (another port of the same site, where SameSite does not help) cannot use the handle.
 */
export const VAULT_HEADER = 'X-O2G-Vault';

/** The handle cookie's name; the browser holds it HttpOnly, script never reads it. */
export const VAULT_COOKIE_NAME = 'o2g-console-session';

/** The proxy's session endpoint: `GET` the facts, `POST …/heartbeat`, `POST …/credential` (reveal). */
export const SESSION_VAULT_PATH = '/o2g/__session';
