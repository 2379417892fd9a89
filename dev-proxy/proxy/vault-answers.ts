// What the session vault takes from the answers it sees, and what it takes out of them: the
// authenticate answer loses its credential on the way to the browser, the session answer becomes the
// facts a reload resumes from, discovery's serverInfo is kept per O2G for the same purpose.
import type { VaultSession } from './session-vault';

/** An answer the vault reads, already rewritten for the browser. */
export interface VaultAnswer {
  body: Buffer;
  status: number;
}

/** The authenticate answer without its credential; undefined when it is not the JSON object expected. */
export function withoutCredential(body: Buffer): Buffer | undefined {
  const parsed = parseObject(body);
  if (!parsed) return undefined;
  delete parsed.credential;
  return Buffer.from(JSON.stringify(parsed), 'utf8');
}

/** The sessions URLs an authenticate answer gives (already rewritten for the browser). */
export function sessionsUrlsOf(body: Buffer): { publicUrl?: string; internalUrl?: string } {
  const parsed = parseObject(body);
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const publicUrl = text(parsed?.publicUrl);
  const internalUrl = text(parsed?.internalUrl);
  return { ...(publicUrl ? { publicUrl } : {}), ...(internalUrl ? { internalUrl } : {}) };
}

/** The login an authenticate answer names (newer O2Gs), else the one of the request's Basic header. */
export function signInLogin(body: Buffer, authorization: string | undefined): string {
  const named = parseObject(body)?.loginName;
  if (typeof named === 'string' && named !== '') return named;
  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (basic === undefined) return '';
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  return separator < 0 ? decoded : decoded.slice(0, separator);
}

/** The session the console opened, from the answer to its `POST …/sessions`; undefined if unreadable. */
export function vaultSessionOf(
  body: Buffer,
  urls: { sessionsUrl: string; upstreamSessionsUrl: string; urlKind: VaultSession['urlKind'] },
  now: number,
): VaultSession | undefined {
  const info = parseObject(body);
  const timeToLive = info?.timeToLive;
  if (!info || typeof timeToLive !== 'number' || !(timeToLive > 0)) return undefined;
  return { ...urls, info, timeToLiveMs: timeToLive * 1000, refreshedAt: now };
}

/** The `serverInfo` of a discovery answer. */
export function serverInfoOf(body: Buffer): unknown {
  return parseObject(body)?.serverInfo;
}

function parseObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
