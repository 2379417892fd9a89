// The safety net of `npm start`, in a child process of its own: Node's default for an unhandled
// rejection is to end the process, which a test runner would not show.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rejectionLine } from './keep-serving';

const fixture = fileURLToPath(new URL('./keep-serving.fixture.ts', import.meta.url));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill();
});

function started(process: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    process.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = /port (\d+)/.exec(out)?.[1];
      if (port !== undefined) resolve(Number(port));
    });
    process.once('exit', (code) => reject(new Error(`the fixture ended with ${code}`)));
  });
}

describe('an unhandled rejection', () => {
  it('is logged without its secrets, and the servers keep serving', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', fixture], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    const logged = new Promise<void>((resolve) => {
      child?.stderr?.on('data', (chunk: Buffer) => {
        errors += chunk.toString();
        if (errors.includes('unhandled rejection')) resolve();
      });
    });
    const port = await started(child);
    expect(await (await fetch(`http://127.0.0.1:${port}/reject`)).text()).toBe('alive');
    await logged;
    expect(await (await fetch(`http://127.0.0.1:${port}/after`)).text()).toBe('alive');
    expect(child.exitCode).toBeNull();
    expect(errors).toMatch(/upstream said no; password=\*\*\*/);
    expect(errors).not.toMatch(/Pw-S3cret|eyJh/);
  });

  it('is described on one line', () => {
    expect(rejectionLine(new Error('a\nb'))).not.toMatch(/\n/);
    expect(rejectionLine('pin=1234')).toBe('unhandled rejection (still serving): pin=***');
  });
});
