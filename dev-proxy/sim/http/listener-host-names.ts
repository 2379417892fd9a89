// The lab's own names for the shared Host check (dev-proxy/shared/host-check.ts). A lab listening on
// every interface is reached by whatever address of this machine a tester types, so a wildcard
// listener is known by all of them; the public URL's host is added by the app.
import { networkInterfaces } from 'node:os';

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** The names (besides loopback ones) a lab listening on `host` is reachable by, for `hostNamesOf`. */
export function listenerHostNames(host: string): string[] {
  if (!WILDCARDS.has(host)) return [host];
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((address) => (address ? [address.address] : []));
}
