// The session vault: O2G credentials of console sign-ins, kept in this process's memory only, each
// under a random handle the browser holds in an HttpOnly cookie. An entry ends when the console ends
// the session, when the O2G answers 401, when the O2G's time to live runs out, or when no console tab
// has been seen for a while: then the proxy deletes the O2G session itself (closing the last tab ends
// the session, a reload does not). See docs/decisions/0014-session-vault.md.
import { newHandle } from './vault-cookie';

/** What the proxy knows of the O2G session behind a handle, once the console opened it. */
export interface VaultSession {
  /** The sessions collection as the browser reaches it, and as the proxy reaches it upstream. */
  sessionsUrl: string;
  upstreamSessionsUrl: string;
  urlKind: 'public' | 'internal';
  /** The session answer, URLs rewritten for the browser. */
  info: Record<string, unknown>;
  timeToLiveMs: number;
  refreshedAt: number;
}

/** One console sign-in. */
export interface VaultEntry {
  readonly handle: string;
  readonly credential: string;
  /** The upstream O2G origin. */
  readonly origin: string;
  readonly loginName: string;
  /** The sessions URLs the authenticate answer gave, as the browser reaches them. */
  readonly sessionsUrls: { publicUrl?: string; internalUrl?: string };
  session?: VaultSession;
}

export interface SessionVaultOptions {
  /** How long after the last sign of a console tab the proxy ends the session (ms). */
  idleMs: number;
  /** Deletes the O2G session upstream; called when the last tab is gone. Must not throw. */
  endUpstream: (upstreamSessionsUrl: string, credential: string) => Promise<void>;
  /** Told of every entry that ends, whatever the reason (the proxy forgets what the session taught). */
  onEnded: (credential: string) => void;
}

interface Held {
  entry: VaultEntry;
  idle: NodeJS.Timeout;
  expiry?: NodeJS.Timeout;
}

export class SessionVault {
  readonly idleMs: number;
  private readonly held = new Map<string, Held>();
  /** The last discovery `serverInfo` seen per upstream origin: not secret, shown after a reload. */
  private readonly serverInfo = new Map<string, unknown>();

  constructor(private readonly options: SessionVaultOptions) {
    this.idleMs = options.idleMs;
  }

  /** How often a console tab should say it is open: well within the idle delay. */
  get heartbeatMs(): number {
    return Math.max(200, Math.min(30_000, Math.floor(this.idleMs / 5)));
  }

  /** Keeps a credential an authenticate answer handed out; returns its new handle. */
  open(facts: Omit<VaultEntry, 'handle' | 'session'>): string {
    const handle = newHandle();
    const entry: VaultEntry = { ...facts, handle };
    const idle = setTimeout(() => void this.endIdle(handle), this.idleMs).unref();
    this.held.set(handle, { entry, idle });
    return handle;
  }

  get(handle: string): VaultEntry | undefined {
    return this.held.get(handle)?.entry;
  }

  /** A console tab used the handle: the idle delay starts again. */
  seen(handle: string): void {
    this.held.get(handle)?.idle.refresh();
  }

  /** The console opened (or renewed, on keepalive) the O2G session: the O2G's time to live restarts. */
  sessionRefreshed(handle: string, session: VaultSession): void {
    const held = this.held.get(handle);
    if (!held) return;
    held.entry.session = session;
    if (held.expiry) clearTimeout(held.expiry);
    held.expiry = setTimeout(() => this.end(handle), session.timeToLiveMs).unref();
  }

  noteServerInfo(origin: string, info: unknown): void {
    this.serverInfo.set(origin, info);
  }

  serverInfoOf(origin: string): unknown {
    return this.serverInfo.get(origin);
  }

  /** Forgets a handle (End session, a 401, expiry). Nothing is sent upstream. */
  end(handle: string): void {
    const held = this.held.get(handle);
    if (!held) return;
    this.held.delete(handle);
    clearTimeout(held.idle);
    if (held.expiry) clearTimeout(held.expiry);
    this.options.onEnded(held.entry.credential);
  }

  /** Forgets every handle (the proxy is closing); the O2G sessions are left to their time to live. */
  close(): void {
    for (const handle of [...this.held.keys()]) this.end(handle);
  }

  get size(): number {
    return this.held.size;
  }

  private async endIdle(handle: string): Promise<void> {
    const entry = this.get(handle);
    if (!entry) return;
    this.end(handle);
    if (entry.session) await this.options.endUpstream(entry.session.upstreamSessionsUrl, entry.credential);
  }
}
