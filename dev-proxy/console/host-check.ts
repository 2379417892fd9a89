// DNS rebinding: a page on evil.example can point its own name at 127.0.0.1 and then read the console's
// /o2g answers (lab accounts, sessions) as "same-origin". Its requests still carry evil.example in Host,
// so the console server answers only the names it is really reached by, whatever address it listens on.

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** The host names the console answers to: loopback names, plus the --host value unless it is a wildcard. */
export function consoleHostNames(bindHost: string): ReadonlySet<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  const host = bindHost.trim().toLowerCase();
  if (host !== '' && !WILDCARDS.has(host))
    names.add(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
  return names;
}

/** The host name of a Host header (`name`, `name:port`, `[v6]:port`), lower case, or undefined if malformed. */
export function hostNameOf(hostHeader: string): string | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(hostHeader.trim());
  return match?.[1]?.toLowerCase();
}

/** Why a request's Host is refused, or undefined when the console answers to it. */
export function hostRefusal(hostHeader: string | undefined, names: ReadonlySet<string>): string | undefined {
  if (hostHeader === undefined || hostHeader === '') return 'the request has no Host header';
  const name = hostNameOf(hostHeader);
  if (name !== undefined && names.has(name)) return undefined;
  return `this console answers to ${[...names].join(', ')} only, not to Host "${hostHeader.slice(0, 100)}"`;
}
