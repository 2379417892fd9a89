import { proxyPrefixOf } from './contract/wire-names';

/** Where discovery starts for an O2G origin, through the proxy: the one URL a client ever builds. */
export function discoveryUrlThroughProxy(origin: string): string {
  return `${proxyPrefixOf(origin)}/api/rest`;
}
