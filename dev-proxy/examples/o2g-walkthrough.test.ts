// Runs the plain-fetch walkthrough as its own Node process, as a person would, against the embedded lab
// over HTTP, over HTTPS (self-signed accepted) and through the dev proxy.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from '../proxy/start';
import { startSim, type RunningSim } from '../sim/start';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./o2g-walkthrough.mjs', import.meta.url));

let sim: RunningSim;
let proxy: RunningProxy;

beforeAll(async () => {
  sim = await startSim({ controls: true });
  proxy = await startProxy({
    port: 0,
    targets: [sim.httpsUrl],
    caPem: sim.certificatePem,
    log: () => undefined,
  });
});
afterAll(async () => {
  await proxy.close();
  await sim.close();
});

async function walkthrough(origin: string, env: Record<string, string> = {}) {
  const { stdout } = await run(process.execPath, [script, origin], {
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return stdout;
}

describe('a plain fetch client following the returned URLs', () => {
  it('runs the whole lab flow over HTTP', async () => {
    const out = await walkthrough(sim.httpUrl);
    expect(out).toContain('signed in as admin (admin: true), 18 services');
    expect(out).toContain('loopback 91123452003 rings at 2003 as an external call');
    expect(out).toMatch(/message 2001-\d+ \(\d+ s\) downloaded as a \d+-byte WAV/);
    expect(out).toContain('walkthrough passed');
  });

  it('runs it over HTTPS with the self-signed certificate accepted', async () => {
    const out = await walkthrough(sim.httpsUrl, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });
    expect(out).toContain('walkthrough passed');
  });

  it('runs it unchanged through the dev proxy', async () => {
    const out = await walkthrough(proxy.url);
    expect(out).toContain('2002 answered: the call is active');
    expect(out).toContain('walkthrough passed');
  });

  it('fails, saying where, when the server is not an O2G', async () => {
    const failure = (await walkthrough(`${sim.httpUrl}/nowhere`).catch((error: unknown) => error)) as {
      code?: number;
      stderr?: string;
    };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('walkthrough failed: discovery: expected HTTP 200, got 404');
  });
});
