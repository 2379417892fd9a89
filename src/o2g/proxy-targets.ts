import type { ProxyTargets } from './contract/proxy';
import { proxyTargetsSchema } from './contract/proxy';
import { PROXY_TARGETS_PATH } from './contract/wire-names';
import type { O2gHttp } from './http';

/** The O2G servers the console's proxy forwards to; the embedded lab among them when `npm start` runs it. */
export async function fetchProxyTargets(
  http: O2gHttp,
  signal?: AbortSignal,
): Promise<ProxyTargets['targets']> {
  const answer = await http.request('GET', PROXY_TARGETS_PATH, proxyTargetsSchema, { signal });
  return answer.data.targets;
}

/**
 * Whether the session's O2G (by its base URL through the proxy) is the embedded lab with its test-only
 * controls on. Only then does the console offer its Lab drawer: never against a real O2G, never when the
 * lab runs without `--controls`.
 */
export function sessionOnLabWithControls(targets: ProxyTargets['targets'], baseUrl: string): boolean {
  const path = new URL(baseUrl, 'http://console.invalid').pathname;
  return targets.some(
    (target) => target.controls === true && (path === target.prefix || path.startsWith(`${target.prefix}/`)),
  );
}
