import { COOKIES_HEADER, proxyPrefixOf } from './contract/proxy';
import { discoveryAnswerSchema, serverInfoSchema } from './contract/discovery';
import { sessionInfoSchema } from './contract/session';
import {
  revealedCredentialSchema,
  SESSION_VAULT_PATH,
  sessionFactsSchema,
  VAULT_HEADER,
  vaultHeartbeatSchema,
} from './contract/session-vault';
import type { O2gHttp } from './http';
import type { O2gSession } from './session';

/**
 * The dev proxy's session vault seen from the console (docs/decisions/0014-session-vault.md). These
 * calls go around the inspector on purpose: a heartbeat every few seconds is not an O2G exchange, and
 * a revealed credential must never be recorded.
 */

/** The session behind this browser's handle, and how often a tab should say it is still open. */
export interface VaultSession {
  session: O2gSession;
  heartbeatMs: number;
}

const VAULT_HEADERS = { [VAULT_HEADER]: '1', [COOKIES_HEADER]: 'none', Accept: 'application/json' };

/**
 * Asks the proxy for the session behind this browser's handle: null when there is none (never signed
 * in, ended, expired) or no proxy vault answers. `http` is used only when the proxy did not see the
 * O2G's discovery and the product name must be read again.
 */
export async function vaultSession(http: O2gHttp, signal?: AbortSignal): Promise<VaultSession | null> {
  let payload: unknown;
  try {
    const response = await fetch(SESSION_VAULT_PATH, {
      headers: VAULT_HEADERS,
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
    if (!response.ok) return null;
    payload = await response.json();
  } catch {
    return null;
  }
  const facts = sessionFactsSchema.safeParse(payload);
  const info = sessionInfoSchema.safeParse(facts.data?.info);
  if (!facts.success || !info.success) return null;
  const known = serverInfoSchema.safeParse(facts.data.serverInfo);
  const serverInfo = known.success
    ? known.data
    : (
        await http.request('GET', `${proxyPrefixOf(facts.data.origin)}/api/rest`, discoveryAnswerSchema, {
          ...(signal ? { signal } : {}),
        })
      ).data.serverInfo;
  return {
    heartbeatMs: facts.data.heartbeatMs,
    session: {
      serverInfo,
      loginName: facts.data.loginName,
      sessionsUrl: facts.data.sessionsUrl,
      baseUrl: facts.data.urlKind === 'internal' ? info.data.privateBaseUrl : info.data.publicBaseUrl,
      urlKind: facts.data.urlKind,
      info: info.data,
      refreshedAt: facts.data.refreshedAt,
    },
  };
}

/** What a heartbeat found: the session is alive (say so again in `heartbeatMs`), gone, or unknown. */
export type VaultHeartbeat = { state: 'alive'; heartbeatMs: number } | { state: 'gone' | 'unknown' };

/**
 * Tells the proxy this tab is open. `gone`: the proxy holds no session for this browser any more;
 * `unknown`: the proxy could not be asked (try again later).
 */
export async function vaultHeartbeat(): Promise<VaultHeartbeat> {
  try {
    const response = await fetch(`${SESSION_VAULT_PATH}/heartbeat`, {
      method: 'POST',
      headers: VAULT_HEADERS,
      credentials: 'same-origin',
    });
    if (response.status === 404) return { state: 'gone' };
    const answer = vaultHeartbeatSchema.safeParse(response.ok ? await response.json() : undefined);
    return answer.success ? { state: 'alive', heartbeatMs: answer.data.heartbeatMs } : { state: 'unknown' };
  } catch {
    return { state: 'unknown' };
  }
}

/** The credential, for a copied cURL command only: asked for explicitly, never kept by the console. */
export async function revealVaultCredential(): Promise<string> {
  const response = await fetch(`${SESSION_VAULT_PATH}/credential`, {
    method: 'POST',
    headers: VAULT_HEADERS,
    credentials: 'same-origin',
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`The proxy did not reveal the credential (${response.status}).`);
  return revealedCredentialSchema.parse(await response.json()).credential;
}
