import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { test } from './fixtures';
import { E2E_PORTS } from './lab-ports';

const START_TIMEOUT_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A second O2G lab that a test starts, kills and starts again on a port the proxy allows (plain HTTP):
 * an O2G that crashes mid-session and comes back fresh, knowing none of the old sessions. It runs in
 * a process group of its own, so that killing it also kills the node process the tsx launcher starts.
 */
export class SpawnedLab {
  private child: ChildProcess | undefined;

  constructor(readonly port: number) {}

  /** What a person types in the server field to reach it (through the proxy). */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts a fresh lab and waits until its discovery answers. */
  async start(): Promise<void> {
    if (this.child || (await this.answers()))
      throw new Error(`something already answers on port ${this.port}: it would not be the lab started here`);
    const args = ['node_modules/tsx/dist/cli.mjs', 'dev-proxy/main.ts', 'sim'];
    args.push('--http-port', String(this.port), '--https-port', '0', '--controls');
    const child = spawn(process.execPath, args, { detached: true, stdio: 'ignore' });
    this.child = child;
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!(await this.answers())) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`the lab on port ${this.port} exited before it answered`);
      if (Date.now() > deadline) throw new Error(`the lab on port ${this.port} did not answer in time`);
      await sleep(200);
    }
  }

  /** Kills the lab at once, as a crash would (SIGKILL), and waits until its port refuses connections. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    const exited = child.exitCode === null && child.signalCode === null ? once(child, 'exit') : undefined;
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group is already gone.
    }
    await exited;
    while (await this.answers()) await sleep(100);
  }

  private async answers(): Promise<boolean> {
    try {
      const response = await fetch(`${this.origin}/api/rest`, { signal: AbortSignal.timeout(2000) });
      return response.ok;
    } catch {
      return false;
    }
  }
}

/** The O2G a test may crash: a lab of its own on the port the proxy allows but nothing else uses. */
export const withSpareLab = test.extend<{ spareLab: SpawnedLab }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern.
  spareLab: async ({}, use) => {
    const lab = new SpawnedLab(E2E_PORTS.deadO2g);
    try {
      await use(lab);
    } finally {
      // Always, even when the test failed half-way: no lab left running on the port.
      await lab.kill();
    }
  },
});
