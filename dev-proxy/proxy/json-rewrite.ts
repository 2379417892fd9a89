// Absolute URLs inside O2G JSON answers (discovery, authentication, session, subscription…) must lead
// back into the proxy, or the client would follow them straight to the O2G and hit CORS and cookies.
// A generic walk covers every field O2G has and any it adds later, instead of a list of names to keep.
import type { UpstreamAllowList } from './targets';
import { mapUpstreamUrl, type ClientView } from './url-mapping';

/** The fields that name an event channel: answers on those URLs are streamed, never buffered. */
const POLLING_URL_FIELDS = new Set(['publicPollingUrl', 'privatePollingUrl']);

/** Deepest nesting we follow; O2G answers are shallow, a pathological body is passed on as it came. */
const MAX_DEPTH = 64;

/** Returns a copy of a parsed JSON value with every absolute URL on an allowed host mapped into the proxy. */
export function rewriteJsonUrls(value: unknown, allowList: UpstreamAllowList, view: ClientView): unknown {
  return walk(value, allowList, view, 0);
}

function walk(value: unknown, allowList: UpstreamAllowList, view: ClientView, depth: number): unknown {
  if (typeof value === 'string') return mapUpstreamUrl(value, allowList, view);
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => walk(item, allowList, view, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (POLLING_URL_FIELDS.has(key) && typeof item === 'string') noteEventChannel(item, allowList);
    copy[key] = walk(item, allowList, view, depth + 1);
  }
  return copy;
}

function noteEventChannel(text: string, allowList: UpstreamAllowList): void {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return;
  }
  if (allowList.learn(url)) allowList.noteEventChannel(url);
}

/**
 * Rewrites a JSON body given as bytes. A body that is not valid JSON comes back unchanged: the proxy
 * never turns an O2G answer into something the O2G did not say.
 */
export function rewriteJsonBody(body: Buffer, allowList: UpstreamAllowList, view: ClientView): Buffer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return body;
  }
  return Buffer.from(JSON.stringify(rewriteJsonUrls(parsed, allowList, view)), 'utf8');
}
