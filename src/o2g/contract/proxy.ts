import { z } from 'zod';

/**
 * The dev proxy's side of the wire (docs/decisions/0002-proxy-url-scheme.md): how a path names an
 * upstream O2G, the header that carries the credential, and the proxy's own answers.
 */

// The names need no schema: they live in a zod-free module, so the sign-in page's first load can use
// them without zod (see docs/decisions/0015-sign-in-first-load.md).
export {
  COOKIES_HEADER,
  CREDENTIAL_HEADER,
  PROXY_PREFIX_ROOT,
  PROXY_TARGETS_PATH,
  proxyPrefixOf,
} from './wire-names';

/** What the proxy answers when it refuses a request or cannot reach the O2G. */
export const proxyErrorBodySchema = z.object({
  /**
   * `forbidden`: not an allowed destination; `upstream`: the O2G could not be reached; `bad-request` and
   * `too-large`: the proxy refused the request itself; `proxy`: the proxy failed; `no-session`: the
   * session vault holds no session for the request's handle (signed out, expired, or never signed in);
   * `not-found`: a path of the proxy's own that is off, e.g. the lab controls without `--controls`.
   */
  error: z.enum(['forbidden', 'upstream', 'bad-request', 'too-large', 'proxy', 'no-session', 'not-found']),
  message: z.string(),
  /** The upstream origin, for `upstream` errors and for a `not-a-target` refusal. */
  target: z.string().optional(),
  /**
   * Why a `forbidden` request was refused, when it named a server: `not-a-target` (a well-formed origin
   * the proxy was not started with) or `bad-address` (not a server address at all).
   */
  refusal: z.enum(['not-a-target', 'bad-address']).optional(),
  /**
   * With `not-a-target`: true when the browser reached the console by a loopback name, so whoever sees
   * the refusal is on the machine that runs the console and can restart it with the server added;
   * false for a console someone else hosts.
   */
  startedHere: z.boolean().optional(),
  /** Why the upstream could not be reached. */
  cause: z.enum(['dns', 'refused', 'timeout', 'tls', 'reset', 'other']).optional(),
});
/** A parsed proxy error body. */
export type ProxyErrorBody = z.infer<typeof proxyErrorBodySchema>;

/**
 * Where the console reaches the embedded lab's test-only controls (`/__sim/…` on the lab), through the
 * proxy and on the console's own origin: `/o2g/__lab/phones/2002/answer` is the lab's
 * `/__sim/phones/2002/answer`. The proxy answers it only when the lab runs with `--controls`, and
 * forwards it to that lab only.
 */
export const PROXY_LAB_CONTROLS_PATH = '/o2g/__lab';

/** The answer to `PROXY_TARGETS_PATH`. */
export const proxyTargetsSchema = z.object({
  targets: z.array(
    z.object({
      /** e.g. `https://o2g-vlab30.ale-dspp.com`. */
      origin: z.string(),
      /** The path to reach it through the proxy, e.g. `/o2g/https/o2g-vlab30.ale-dspp.com:443`. */
      prefix: z.string(),
      /** `embedded-lab` for the simulated lab `npm start` runs. */
      kind: z.enum(['embedded-lab', 'o2g']).default('o2g'),
      /**
       * True for the embedded lab started with `--controls`: its test-only controls answer under
       * {@link PROXY_LAB_CONTROLS_PATH}. Absent for every other target.
       */
      controls: z.boolean().optional(),
      /** The embedded lab's demo accounts (its own published defaults, never a real lab's). */
      accounts: z
        .array(z.object({ loginName: z.string(), password: z.string(), description: z.string() }))
        .optional(),
    }),
  ),
});
/** A parsed list of proxy targets. */
export type ProxyTargets = z.infer<typeof proxyTargetsSchema>;
