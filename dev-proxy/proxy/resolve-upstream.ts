// Decides where a request goes, from its path alone (never from Host or X-Forwarded-Host): the prefix
// form names an origin that must be allowed; any other path goes to the only target, if there is one.
import { pathRefusal } from './refusals';
import type { UpstreamAllowList } from './targets';
import { parsePrefixForm, PREFIX_ROOT, type UpstreamAddress } from './url-mapping';

/** Paths the proxy answers itself; never forwarded, in any mode. */
export const OWN_PATH_ROOT = '/__proxy/';

/** Where a request goes, or why it goes nowhere. */
export type Resolution =
  | { kind: 'forward'; address: UpstreamAddress; upstreamUrl: URL; form: 'prefix' | 'root' }
  | { kind: 'refuse'; message: string };

/** Resolves a raw request target (as it came on the request line) to an upstream URL. */
export function resolveUpstream(rawUrl: string, allowList: UpstreamAllowList): Resolution {
  const refusal = pathRefusal(rawUrl);
  if (refusal !== undefined) return { kind: 'refuse', message: refusal };
  const address = addressOf(rawUrl, allowList);
  if (typeof address === 'string') return { kind: 'refuse', message: address };
  const upstreamUrl = new URL(`${address.origin}${address.pathAndQuery}`);
  // Belt and braces: whatever the path holds, the URL we fetch must still be on the origin we allowed.
  if (upstreamUrl.origin !== address.origin)
    return { kind: 'refuse', message: 'the path would leave the target' };
  return { kind: 'forward', address, upstreamUrl, form: rawUrl.startsWith(PREFIX_ROOT) ? 'prefix' : 'root' };
}

function addressOf(rawUrl: string, allowList: UpstreamAllowList): UpstreamAddress | string {
  if (rawUrl.startsWith(OWN_PATH_ROOT)) return `${rawUrl.split('?')[0] ?? ''} is not a path of this proxy`;
  const prefixed = parsePrefixForm(rawUrl);
  if (typeof prefixed === 'string') return `bad upstream in the path: ${prefixed}`;
  if (prefixed !== undefined) {
    if (allowList.allows(prefixed.origin)) return prefixed;
    return `${prefixed.origin} is not a target of this proxy (targets: ${allowList.targets.join(', ')})`;
  }
  const [only] = allowList.targets;
  if (allowList.targets.length === 1 && only !== undefined) return { origin: only, pathAndQuery: rawUrl };
  return (
    `this proxy has several targets; choose one with ${PREFIX_ROOT}<http|https>/<host>:<port>/<path> ` +
    `(GET ${OWN_PATH_ROOT}targets lists them)`
  );
}
