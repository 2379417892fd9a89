import { z } from 'zod';

/** The name of the cookie that carries the credential on every request after authentication. */
export const CREDENTIAL_COOKIE_NAME = 'AlcUserId';

/**
 * The answer to `GET …/authenticate?version=1.0` (HTTP Basic). The same credential is also set as the
 * {@link CREDENTIAL_COOKIE_NAME} cookie.
 */
export const authenticationAnswerSchema = z.object({
  /** Opaque token (JWT-shaped on real servers); never shown, never stored outside memory. */
  credential: z.string().min(1),
  /** Absolute URL of the sessions collection, for clients outside the O2G's network. */
  publicUrl: z.string(),
  /** Absolute URL of the sessions collection, for clients on the O2G's network. */
  internalUrl: z.string(),
  /** The O2G login the credential belongs to; sent by newer servers only. */
  loginName: z.string().optional(),
  /** True when the password is about to expire; newer servers only, omitted when false. */
  expired: z.boolean().default(false),
});
/** Parsed answer to the authenticate request. */
export type AuthenticationAnswer = z.infer<typeof authenticationAnswerSchema>;

/**
 * The authenticate answer as the console gets it through its proxy: without `credential` when the
 * proxy kept it in its session vault (docs/decisions/0014-session-vault.md), as the O2G sent it otherwise.
 */
export const proxiedAuthenticationAnswerSchema = authenticationAnswerSchema.extend({
  credential: z.string().min(1).optional(),
});
/** Parsed authenticate answer, as the console gets it. */
export type ProxiedAuthenticationAnswer = z.infer<typeof proxiedAuthenticationAnswerSchema>;
