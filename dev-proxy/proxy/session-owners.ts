// Origins an O2G names for a session are reachable while that session lasts. A session is known to the
// proxy by its credential (the X-O2G-Credential header or the AlcUserId cookie), kept only as a hash:
// the allow-list must not become a second place where live credentials sit.
import { createHash } from 'node:crypto';
import { CREDENTIAL_COOKIE_NAME } from '../../src/o2g/contract';

/** The key a session's learned origins are filed under. */
export function sessionKeyOf(credential: string): string {
  return createHash('sha256').update(credential).digest('base64url');
}

/** The credential a request carries: the header the console sends, else the AlcUserId cookie. */
export function requestCredential(
  credentialHeader: string | undefined,
  cookie: string | string[] | undefined,
): string | undefined {
  if (credentialHeader !== undefined) return credentialHeader;
  const cookies = Array.isArray(cookie) ? cookie.join('; ') : cookie;
  if (cookies === undefined) return undefined;
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === CREDENTIAL_COOKIE_NAME) {
      const value = pair.slice(separator + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}

/** The AlcUserId value an authenticate answer sets, for an answer whose body names no credential. */
export function setCookieCredential(setCookie: string | string[] | undefined): string | undefined {
  for (const cookie of Array.isArray(setCookie) ? setCookie : setCookie === undefined ? [] : [setCookie]) {
    const [pair = ''] = cookie.split(';');
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === CREDENTIAL_COOKIE_NAME) {
      const value = pair.slice(separator + 1).trim();
      if (value !== '') return value;
    }
  }
  return undefined;
}

const SESSIONS_PATH = /^\/api\/rest\/[^/]+\/sessions\/?$/;

/**
 * True when an answer says the session of the request is over: its DELETE of the session succeeded,
 * or the O2G no longer knows its credential (401 to a request that carried one).
 */
export function endsSession(method: string, upstreamPath: string, status: number): boolean {
  if (status === 401) return true;
  return method === 'DELETE' && SESSIONS_PATH.test(upstreamPath) && status >= 200 && status < 300;
}
