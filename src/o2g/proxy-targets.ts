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
