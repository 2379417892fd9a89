// DNS rebinding: a page on evil.example can point its name at the lab's address and then call the lab
// "same-origin", reading every answer (and the lab would write evil.example into every URL it returns).
// Such requests carry the attacker's name in Host, so the lab answers only the names it is known by.
import { networkInterfaces } from 'node:os';

/** A Host header as a client may send it: a name or an IP literal, and an optional port, nothing else. */
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::\d{1,5})?$/i;

/** True for a name or address only this machine can reach. */
export function isLoopbackHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' ||
    bare.endsWith('.localhost') ||
    bare === '::1' ||
    /^127(?:\.\d{1,3}){3}$/.test(bare)
  );
}

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The names (besides loopback ones) a lab listening on `host` is reachable by: the host itself, or for
 * a wildcard listener every address of this machine. A public URL's host is added by the app.
 */
export function listenerHostNames(host: string): string[] {
  if (!WILDCARDS.has(host)) return [host];
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((address) => (address ? [address.address] : []));
}

/** Lower-case host names without brackets or port, as `hostRefusal` compares them. */
export function normalizeHostNames(names: readonly string[]): Set<string> {
  return new Set(names.map((name) => name.replace(/^\[|\]$/g, '').toLowerCase()).filter(Boolean));
}

/**
 * Why a Host header is refused, or undefined when it names this lab. `known` holds the lab's other
 * names (normalized). The refusal never repeats the Host: it would be the attacker's text.
 */
export function hostRefusal(host: string | undefined, known: ReadonlySet<string>): string | undefined {
  // HTTP/1.0 clients may send no Host; they are local tools (the lab then uses its listener's address).
  if (host === undefined || host === '') return undefined;
  const match = HOST_HEADER.exec(host);
  if (!match?.[1]) return 'The Host header is not a host name';
  const hostname = match[1].replace(/^\[|\]$/g, '').toLowerCase();
  if (isLoopbackHost(hostname) || known.has(hostname)) return undefined;
  return (
    'The Host header does not name this lab: use localhost, 127.0.0.1, [::1], ' +
    'or a name given to it with --host or --public-url'
  );
}
