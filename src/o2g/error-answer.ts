import { o2gErrorBodySchema } from './contract/errors';
import type { ProxyErrorBody } from './contract/proxy';
import { proxyErrorBodySchema } from './contract/proxy';
import type { O2gFailure } from './errors';
import { O2gError } from './errors';

/** Classifies a non-2xx answer; `authenticating` tells a wrong password from an expired session. */
export function errorFromAnswer(
  method: string,
  url: string,
  status: number,
  payload: unknown,
  authenticating: boolean,
): O2gError {
  const body = o2gErrorBodySchema.safeParse(payload);
  const proxy = proxyErrorBodySchema.safeParse(payload);
  const o2gBody = body.success ? body.data : undefined;
  const proxyBody = proxy.success ? proxy.data : undefined;
  const failure = classify(status, proxyBody, authenticating);
  return new O2gError({ failure, method, url, status, body: o2gBody, proxy: proxyBody });
}

function classify(status: number, proxy: ProxyErrorBody | undefined, authenticating: boolean): O2gFailure {
  if (proxy?.error === 'forbidden') return 'not-allowed';
  if (proxy?.error === 'upstream') return proxy.cause === 'tls' ? 'tls' : 'unreachable';
  if (proxy?.error === 'bad-request' || proxy?.error === 'too-large') return 'bad-request';
  if (proxy?.error === 'proxy') return 'server';
  if (status === 401) return authenticating ? 'bad-credentials' : 'session-expired';
  if (status === 403) return 'no-rights';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'server';
  return 'bad-request';
}
