// Vitest global setup: one embedded lab (with its test controls) and one dev proxy in front of it, both on
// free ports, for network tests that talk to an O2G exactly as the console does. Tests read the URLs with
// `inject('labDiscoveryUrl')` and friends; they share this lab, so each signs in with its own session
// and asserts on what its own session sees.
import type { TestProject } from 'vitest/node';
import { proxyPrefixOf } from '../../src/o2g/contract';
import { startProxy } from '../proxy/start';
import { startSim } from '../sim/start';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dev proxy, e.g. `http://127.0.0.1:40123`. */
    labProxyUrl: string;
    /** Where discovery starts for the lab through the proxy: `…/o2g/https/127.0.0.1:PORT/api/rest`. */
    labDiscoveryUrl: string;
    /** The lab's test-only controls, straight on its HTTP listener: `http://127.0.0.1:PORT/__sim`. */
    labControlsUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const sim = await startSim({ httpPort: 0, httpsPort: 0, controls: true });
  // The proxy reaches the lab over HTTPS, as it would a real O2G, trusting the lab's own certificate only.
  const proxy = await startProxy({
    port: 0,
    targets: [sim.httpsUrl],
    caPem: sim.certificatePem,
    log: () => undefined,
  });
  project.provide('labProxyUrl', proxy.url);
  project.provide('labDiscoveryUrl', `${proxy.url}${proxyPrefixOf(sim.httpsUrl)}/api/rest`);
  project.provide('labControlsUrl', `${sim.httpUrl}/__sim`);
  return async () => {
    await proxy.close();
    await sim.close();
  };
}
