// DNS rebinding: a web page on evil.example can point its name at 127.0.0.1 and then call a loopback
// proxy "same-origin", reading every answer. Such requests carry the attacker's name in Host, so a
// proxy that listens on loopback only accepts Host names that are loopback or a configured console origin.

/** True for an address or name that only this machine can reach. */
export function isLoopbackHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' ||
    bare.endsWith('.localhost') ||
    bare === '::1' ||
    /^127(?:\.\d{1,3}){3}$/.test(bare)
  );
}

/** Why a Host header is refused on a loopback proxy, or undefined when it is acceptable. */
export function hostRefusal(host: string | undefined, allowOrigins: readonly string[]): string | undefined {
  // HTTP/1.0 clients may send no Host; they are local tools, not browsers.
  if (host === undefined || host === '') return undefined;
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return 'the Host header is not a host name';
  }
  if (isLoopbackHost(hostname)) return undefined;
  const allowed = allowOrigins.some((origin) => {
    try {
      return new URL(origin).hostname === hostname;
    } catch {
      return false;
    }
  });
  return allowed
    ? undefined
    : `Host "${hostname}" is not a name of this proxy; a loopback proxy answers loopback names and --allow-origin hosts only`;
}
