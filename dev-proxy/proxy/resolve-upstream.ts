// Decides where a request goes, from its path alone (never from Host or X-Forwarded-Host): the prefix
// form names an origin that must be allowed; any other path goes to the only target, if there is one.
import { pathRefusal, type ServerRefusal } from './refusals';
import type { UpstreamAllowList } from './targets';
import { parsePrefixForm, PREFIX_ROOT, type UpstreamAddress } from './url-mapping';

/** Paths the proxy answers itself; never forwarded, in any mode. */
export const OWN_PATH_ROOT = '/__proxy/';

/** Where a request goes, or why it goes nowhere. */
export type Resolution =
  | { kind: 'forward'; address: UpstreamAddress; upstreamUrl: URL; form: 'prefix' | 'root' }
  | ({ kind: 'refuse'; message: string } & (ServerRefusal | { refusal?: undefined; target?: undefined }));

/** Resolves a raw request target (as it came on the request line) to an upstream URL. */
export function resolveUpstream(rawUrl: string, allowList: UpstreamAllowList): Resolution {
  const refusal = pathRefusal(rawUrl);
  if (refusal !== undefined) return { kind: 'refuse', message: refusal };
  const address = addressOf(rawUrl, allowList);
  if (!('origin' in address)) return { kind: 'refuse', ...address };
  const upstreamUrl = new URL(`${address.origin}${address.pathAndQuery}`);
  // Belt and braces: whatever the path holds, the URL we fetch must still be on the origin we allowed.
  if (upstreamUrl.origin !== address.origin)
    return { kind: 'refuse', message: 'the path would leave the target' };
  return { kind: 'forward', address, upstreamUrl, form: rawUrl.startsWith(PREFIX_ROOT) ? 'prefix' : 'root' };
}

type Refused = { message: string } & (ServerRefusal | { refusal?: undefined; target?: undefined });

function addressOf(rawUrl: string, allowList: UpstreamAllowList): UpstreamAddress | Refused {
  if (rawUrl.startsWith(OWN_PATH_ROOT))
    return { message: `${rawUrl.split('?')[0] ?? ''} is not a path of this proxy` };
  const prefixed = parsePrefixForm(rawUrl);
  if (typeof prefixed === 'string') {
    // The console puts a typed address here: say what is wrong with it, not how the proxy spells paths.
    return { message: `not a server address: ${prefixed}`, refusal: 'bad-address' };
  }
  if (prefixed !== undefined) {
    if (allowList.allows(prefixed.origin)) return prefixed;
    return {
      message: `${prefixed.origin} is not one of the servers this proxy was started with (${allowList.targets.join(', ')})`,
      refusal: 'not-a-target',
      target: prefixed.origin,
    };
  }
  const [only] = allowList.targets;
  if (allowList.targets.length === 1 && only !== undefined) return { origin: only, pathAndQuery: rawUrl };
  return {
    message:
      `this proxy has several targets; choose one with ${PREFIX_ROOT}<http|https>/<host>:<port>/<path> ` +
      `(GET ${OWN_PATH_ROOT}targets lists them)`,
  };
}
