// Which upstream origins the proxy may reach. This is the proxy's whole security boundary: an origin
// is reachable only when it was configured, or when an allowed O2G named it in one of the fields that
// name O2G endpoints (json-rewrite.ts) or in a Location header, and it sits on a configured target's
// host (O2G hands out URLs on other ports, e.g. its event channel). What a session taught is forgotten
// when that session ends.

/** Upper bound on learned origins: a misbehaving upstream must not grow the list without end. */
const MAX_LEARNED_ORIGINS = 256;

/**
 * Checks that a configured target is a bare http(s) origin and returns it normalized
 * (`http://host:80` becomes `http://host`). Throws a readable error otherwise.
 */
export function parseTargetOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(`target "${text}" is not a URL; write it as http(s)://host[:port]`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`target "${text}" must start with http:// or https://`);
  }
  if (url.username || url.password) throw new Error(`target "${text}" must not carry a login or password`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new Error(`target "${text}" must be an origin only, without a path or query`);
  }
  return url.origin;
}

/** The owner of origins learned from a discovery answer. */
export const DISCOVERY = Symbol('discovery');

/**
 * Who taught an origin: a session, by the credential that keys it, or the O2G's own discovery answer,
 * which belongs to no session and is kept (it is the O2G's configuration, and bounded).
 */
export type OriginOwner = string | typeof DISCOVERY;

/**
 * An owner, or how to find it: a session's key is a hash of its credential, worth computing only when
 * an origin is actually learned (a URL on a configured target, the usual case, needs no owner).
 */
export type OwnerOf = OriginOwner | (() => OriginOwner);

/** Upper bound on sessions remembered per learned origin: clients that vanish never say goodbye. */
const MAX_OWNERS_PER_ORIGIN = 4096;

/** The configured targets plus what they taught us. */
export class UpstreamAllowList {
  /** Configured targets, normalized, in the order given. */
  readonly targets: readonly string[];
  readonly #configured = new Set<string>();
  readonly #targetHosts = new Set<string>();
  /** Learned origin -> the sessions (or discovery) that named it. Gone when its last owner goes. */
  readonly #learned = new Map<string, Set<OriginOwner>>();

  constructor(targets: readonly string[]) {
    if (targets.length === 0) throw new Error('give at least one target');
    this.targets = [...new Set(targets.map(parseTargetOrigin))];
    for (const origin of this.targets) {
      this.#configured.add(origin);
      this.#targetHosts.add(new URL(origin).hostname);
    }
  }

  /** True for a configured or learned origin (compare normalized origins, as `URL.origin` gives). */
  allows(origin: string): boolean {
    return this.#configured.has(origin) || this.#learned.has(origin);
  }

  /** How many origins are learned now (for tests and the closing of sessions). */
  get learnedCount(): number {
    return this.#learned.size;
  }

  /**
   * Called for a URL in an O2G endpoint field (or a Location header) of an allowed upstream's answer.
   * Its origin becomes allowed, on behalf of `owner`, when it is on a configured target's host; the
   * answer says whether the URL points at an allowed origin now.
   */
  learn(url: URL, ownerOf: OwnerOf): boolean {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    if (url.username || url.password) return false;
    if (this.#configured.has(url.origin)) return true;
    if (!this.#targetHosts.has(url.hostname)) return false;
    const owner = typeof ownerOf === 'function' ? ownerOf() : ownerOf;
    let owners = this.#learned.get(url.origin);
    if (owners === undefined) {
      if (this.#learned.size >= MAX_LEARNED_ORIGINS) return false;
      owners = new Set();
      this.#learned.set(url.origin, owners);
    }
    if (!owners.has(owner) && owners.size >= MAX_OWNERS_PER_ORIGIN) {
      // The oldest session is the likeliest to have ended unseen.
      const [oldest] = owners;
      if (oldest !== undefined) owners.delete(oldest);
    }
    owners.add(owner);
    return true;
  }

  /** A session ended: what only it taught is no longer reachable. */
  forget(owner: string): void {
    for (const [origin, owners] of this.#learned) {
      if (owners.delete(owner) && owners.size === 0) this.#learned.delete(origin);
    }
  }
}
