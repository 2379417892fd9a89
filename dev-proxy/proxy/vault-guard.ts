// Who may use a handle. SameSite=Strict keeps other sites from sending the handle cookie, but every
// port of localhost is the same site, so another local app would still send it. Two more checks close
// that gap: the console's custom header (a cross-origin request with it needs a CORS preflight, which
// only allowed origins pass) and the request's Origin / Sec-Fetch-Site.
import type { FastifyRequest } from 'fastify';
import { VAULT_HEADER } from '../../src/o2g/contract';
import { clientOriginOf } from './client-view';
import type { SessionVault, VaultEntry } from './session-vault';
import { handleOf } from './vault-cookie';

const VAULT_HEADER_NAME = VAULT_HEADER.toLowerCase();

/** What the vault does for one request. */
export type VaultUse =
  /** No handle: the request goes on as it came; `signIn` when an authenticate answer may open a vault entry. */
  | { kind: 'none'; signIn: boolean }
  /** A handle the checks refuse: 403 with this message, nothing forwarded. */
  | { kind: 'refuse'; message: string }
  /** A live handle: its credential goes upstream. */
  | { kind: 'entry'; entry: VaultEntry }
  /** A handle the vault no longer knows: forwarded without credential, and the cookie is cleared. */
  | { kind: 'stale'; signIn: boolean };

/**
 * Decides the vault's part in a request. `allowOrigins` are the configured console origins; the
 * proxy's own origin (the request's scheme and Host) is always allowed.
 */
export function vaultUseOf(
  request: FastifyRequest,
  vault: SessionVault,
  allowOrigins: ReadonlySet<string>,
): VaultUse {
  const handle = handleOf(request.headers.cookie);
  const asked = headerValue(request.headers[VAULT_HEADER_NAME]) === '1';
  const fromConsole = asked && isConsoleOrigin(request, allowOrigins);
  if (handle === undefined) return { kind: 'none', signIn: fromConsole };
  if (!asked) {
    return {
      kind: 'refuse',
      message: `the console's session cookie is accepted only with the console's ${VAULT_HEADER} header`,
    };
  }
  if (!fromConsole) {
    return { kind: 'refuse', message: "the console's session cookie is refused from this origin" };
  }
  const entry = vault.get(handle);
  return entry === undefined ? { kind: 'stale', signIn: true } : { kind: 'entry', entry };
}

/**
 * The request comes from a page of the console: its Origin is allowed, or (browsers send no Origin on a
 * same-origin GET) it has none and the browser says it is same-origin. A request without either (curl,
 * a script) does not count: it has no business with a browser's handle.
 */
function isConsoleOrigin(request: FastifyRequest, allowOrigins: ReadonlySet<string>): boolean {
  const site = headerValue(request.headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin' && site !== 'same-site') return false;
  const origin = headerValue(request.headers.origin);
  if (origin === undefined) return site === 'same-origin';
  if (origin === clientOriginOf(request)) return true;
  // Another origin of the same site must be on the configured list (a console served on its own port).
  return allowOrigins.has(origin);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
