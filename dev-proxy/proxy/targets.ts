// Which upstream origins the proxy may reach. This is the proxy's whole security boundary: an origin
// is reachable only when it was configured, or when an allowed O2G named it in one of its own answers
// and it sits on a configured target's host (O2G hands out URLs on other ports, e.g. its event channel).

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

/** The configured targets plus what they taught us. */
export class UpstreamAllowList {
  /** Configured targets, normalized, in the order given. */
  readonly targets: readonly string[];
  readonly #allowed = new Set<string>();
  readonly #targetHosts = new Set<string>();
  readonly #eventChannels = new Set<string>();

  constructor(targets: readonly string[]) {
    if (targets.length === 0) throw new Error('give at least one target');
    this.targets = [...new Set(targets.map(parseTargetOrigin))];
    for (const origin of this.targets) {
      this.#allowed.add(origin);
      this.#targetHosts.add(new URL(origin).hostname);
    }
  }

  /** True for a configured or learned origin (compare normalized origins, as `URL.origin` gives). */
  allows(origin: string): boolean {
    return this.#allowed.has(origin);
  }

  /**
   * Called for every absolute URL an allowed upstream returns. Its origin becomes allowed when it is
   * on a configured target's host; the answer says whether the URL points at an allowed origin now.
   */
  learn(url: URL): boolean {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    if (url.username || url.password) return false;
    if (this.#allowed.has(url.origin)) return true;
    if (!this.#targetHosts.has(url.hostname)) return false;
    if (this.#allowed.size >= this.targets.length + MAX_LEARNED_ORIGINS) return false;
    this.#allowed.add(url.origin);
    return true;
  }

  /** Remembers a polling URL (publicPollingUrl/privatePollingUrl): its answers are streamed untouched. */
  noteEventChannel(url: URL): void {
    if (this.#eventChannels.size < MAX_LEARNED_ORIGINS) this.#eventChannels.add(url.origin + url.pathname);
  }

  /** True for the event channel: a learned polling URL, or O2G's well-known `/OTEvents` path. */
  isEventChannel(url: URL): boolean {
    return this.#eventChannels.has(url.origin + url.pathname) || /\/OTEvents$/i.test(url.pathname);
  }
}
