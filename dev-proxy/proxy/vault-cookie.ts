// The handle cookie of the session vault: how it is set, cleared, read, and kept away from the O2G.
// The cookie holds a random handle, never the credential; it is HttpOnly (script cannot read it),
// SameSite=Strict, host-only (no Domain) and scoped to the proxy's /o2g/ routes.
import { randomBytes } from 'node:crypto';
import { SESSION_VAULT_PATH, VAULT_COOKIE_NAME } from '../../src/o2g/contract';

/** The cookie's Path: the routes the console reaches the proxy by (O2G prefixes and the session endpoint). */
export const VAULT_COOKIE_PATH = SESSION_VAULT_PATH.slice(0, SESSION_VAULT_PATH.indexOf('/', 1) + 1);

/** A fresh handle: 256 random bits, unguessable and unrelated to the credential. */
export function newHandle(): string {
  return randomBytes(32).toString('base64url');
}

/** The Set-Cookie that gives the browser its handle; Secure when the browser reached the proxy over https. */
export function handleCookie(handle: string, secure: boolean): string {
  return [
    `${VAULT_COOKIE_NAME}=${handle}`,
    `Path=${VAULT_COOKIE_PATH}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The Set-Cookie that makes the browser forget its handle. */
export function clearedHandleCookie(secure: boolean): string {
  return `${handleCookie('', secure)}; Max-Age=0`;
}

/** The handle a request carries, if any. */
export function handleOf(cookie: string | string[] | undefined): string | undefined {
  for (const pair of pairsOf(cookie)) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === VAULT_COOKIE_NAME) {
      const value = pair.slice(separator + 1).trim();
      if (value !== '') return value;
    }
  }
  return undefined;
}

/**
 * The client's Cookie header without the handle: the handle is the proxy's business, the O2G must never
 * see it. Undefined when nothing else is left.
 */
export function withoutHandle(cookie: string | string[] | undefined): string | undefined {
  const kept = pairsOf(cookie).filter((pair) => pair.split('=', 1)[0]?.trim() !== VAULT_COOKIE_NAME);
  return kept.length === 0 ? undefined : kept.map((pair) => pair.trim()).join('; ');
}

function pairsOf(cookie: string | string[] | undefined): string[] {
  const text = Array.isArray(cookie) ? cookie.join('; ') : cookie;
  return text === undefined ? [] : text.split(';').filter((pair) => pair.trim() !== '');
}
