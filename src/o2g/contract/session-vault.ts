import { z } from 'zod';

/**
 * The dev proxy's session vault (docs/decisions/0014-session-vault.md): the proxy keeps the O2G
 * credential of a console sign-in and hands the browser an opaque handle in an HttpOnly cookie.
 */

export { SESSION_VAULT_PATH, VAULT_COOKIE_NAME, VAULT_HEADER } from './wire-names';

/** What `GET` `SESSION_VAULT_PATH` answers: the non-secret facts of the session behind the handle. */
export const sessionFactsSchema = z.object({
  /** The upstream O2G, e.g. `https://127.0.0.1:8743`. */
  origin: z.string(),
  /** The sessions collection, as the browser reaches it through the proxy. */
  sessionsUrl: z.string(),
  urlKind: z.enum(['public', 'internal']),
  loginName: z.string(),
  /** The discovery answer's `serverInfo`, when discovery went through this proxy. */
  serverInfo: z.unknown().optional(),
  /** The session answer (`POST …/sessions`) with its URLs as the browser reaches them. */
  info: z.unknown(),
  /** When the session was opened or last kept alive, and when the O2G drops it without a keepalive (ms). */
  refreshedAt: z.number(),
  expiresAt: z.number(),
  /** How often the console says a tab is still open; without it the proxy ends the session. */
  heartbeatMs: z.number().int().positive(),
});
/** Parsed session facts. */
export type SessionFacts = z.infer<typeof sessionFactsSchema>;

/** What `POST` `SESSION_VAULT_PATH``/heartbeat` answers: when to say so again. */
export const vaultHeartbeatSchema = z.object({ heartbeatMs: z.number().int().positive() });

/** What `POST` `SESSION_VAULT_PATH``/credential` answers: the credential, for a copied cURL only. */
export const revealedCredentialSchema = z.object({ credential: z.string().min(1) });
