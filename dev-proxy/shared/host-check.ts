// DNS rebinding: a web page on evil.example can point its name at this machine and then call our
// servers "same-origin", reading every answer. Such requests carry the attacker's name in Host, so every
// dev server (proxy, lab, console) answers only the names it is known by, whatever address it is bound
// to: a LAN or wildcard bind does not turn the check off.

/** The names every local server answers to: loopback, as a browser on this machine writes it. */
export const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * A Host header (or a host, `host:port` or URL) reduced to the form names are compared in: lower case,
 * IPv6 in brackets, IPv4 in dotted decimal (`127.1` and `0x7f.0.0.1` become `127.0.0.1`), no port.
 * Undefined when it is not a host at all (a path, userinfo, spaces...).
 */
export function normalizeHostName(text: string): string | undefined {
  const trimmed = text.trim();
  const hostPart = /^https?:\/\//i.test(trimmed) ? hostOfUrl(trimmed) : trimmed;
  // Anything beyond host[:port] (a path, a query, a login, a backslash) is not a host.
  if (hostPart === undefined || !/^[^/?#@\\\s]+$/.test(hostPart)) return undefined;
  try {
    return new URL(`http://${hostPart}`).hostname || undefined;
  } catch {
    return undefined;
  }
}

function hostOfUrl(text: string): string | undefined {
  try {
    return new URL(text).host;
  } catch {
    return undefined;
  }
}

/** A bare IPv6 address (as `--host ::1` gives it) written the way Host carries it. */
function bracketed(host: string): string {
  return host.split(':').length > 2 && !host.startsWith('[') && !host.includes('/') ? `[${host}]` : host;
}

/**
 * The set of names a server answers to: the loopback names plus each extra one (the `--host` value,
 * a public URL, an allowed browser origin...). Wildcard binds (`0.0.0.0`, `::`) name no host and are
 * skipped; entries that are not hosts are ignored.
 */
export function hostNamesOf(extra: Iterable<string | undefined> = []): Set<string> {
  const names = new Set<string>(LOOPBACK_NAMES);
  for (const entry of extra) {
    if (entry === undefined) continue;
    const bare = entry.trim();
    if (bare === '0.0.0.0' || bare === '::' || bare === '[::]') continue;
    const name = normalizeHostName(bracketed(bare));
    if (name !== undefined) names.add(name);
  }
  return names;
}

/**
 * True when a request's Host header names this server: its name (port aside, since a dev server in
 * front, like Vite's, keeps the browser's Host and port) is in `allowedNames` (built by
 * {@link hostNamesOf}). A request without Host (HTTP/1.0 tools) is accepted: browsers always send one,
 * so a rebinding attack always carries a name.
 */
export function isAllowedHost(hostHeader: string | undefined, allowedNames: ReadonlySet<string>): boolean {
  if (hostHeader === undefined || hostHeader === '') return true;
  // A Host value is host[:port], never a URL.
  if (/[/\\@?#\s]/.test(hostHeader)) return false;
  const name = normalizeHostName(hostHeader);
  return name !== undefined && allowedNames.has(name);
}
