// The embedded lab and the dev proxy in this process, on free loopback ports, as `npm start` wires them.
import { proxyPrefixOf } from '../../src/o2g/contract';
import { startProxy, type RunningProxy } from '../../dev-proxy/proxy/start';
import { startSim, type RunningSim } from '../../dev-proxy/sim/start';

export interface BenchLab {
  sim: RunningSim;
  proxy: RunningProxy;
  /** `GET` here starts a sign-in through the proxy. */
  discoveryUrl: string;
  /** The lab's test-only controls (`/__sim`), reached directly. */
  controlsUrl: string;
  close(): Promise<void>;
}

export async function startBenchLab(options: { allowOrigins?: string[] } = {}): Promise<BenchLab> {
  const sim = await startSim({ controls: true });
  const lab = sim.world.lab;
  const accounts = [
    ...lab.administrators.map((a) => ({
      loginName: a.loginName,
      password: a.password,
      description: 'administrator',
    })),
    ...lab.users.map((u) => ({
      loginName: u.loginName,
      password: u.password,
      description: `extension ${u.companyPhone}`,
    })),
  ];
  const proxy = await startProxy({
    port: 0,
    targets: [sim.httpsUrl],
    caPem: sim.certificatePem,
    ...(options.allowOrigins ? { allowOrigins: options.allowOrigins } : {}),
    targetDetails: { [sim.httpsUrl]: { kind: 'embedded-lab', accounts } },
    // A log line per request is what a person sees in `npm start`; here it would only cost the terminal.
    log: () => undefined,
  });
  return {
    sim,
    proxy,
    discoveryUrl: `${proxy.url}${proxyPrefixOf(sim.httpsUrl)}/api/rest`,
    controlsUrl: `${sim.httpUrl}/__sim`,
    close: async () => {
      await proxy.close();
      await sim.close();
    },
  };
}

/** Calls a lab control and returns its JSON answer. */
export async function labControl(controlsUrl: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${controlsUrl}${path}`, {
    method: 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`lab control ${path} answered ${response.status}`);
  return response.status === 204 ? undefined : response.json();
}
