// Network tests of src/o2g run against the embedded lab behind the dev proxy, started once per run by
// dev-proxy/testing/lab-global-setup.ts (which src may not import: the URLs come through Vitest's inject).
import { inject } from 'vitest';

// The same keys as the global setup's declaration, for the console's own type check.
declare module 'vitest' {
  export interface ProvidedContext {
    labProxyUrl: string;
    labDiscoveryUrl: string;
    labControlsUrl: string;
  }
}

/** Where the shared lab is: the proxy, discovery through it, and the lab's test controls. */
export function labUrls() {
  return {
    proxyUrl: inject('labProxyUrl'),
    discoveryUrl: inject('labDiscoveryUrl'),
    controlsUrl: inject('labControlsUrl'),
  };
}

/** Calls a lab control (`POST /__sim/…` and the like) and returns its JSON answer; fails on an error. */
export async function labControl(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${inject('labControlsUrl')}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`lab control ${method} ${path} answered ${response.status}`);
  return response.status === 204 ? undefined : response.json();
}
