/**
 * Runs a script in a real POSIX shell, for the tests that prove the cURL quoting: a shell, not our own
 * reading of the rules, decides what each word becomes. Node-only (the "node" test project); node's
 * types are not part of the browser app's type check, hence the narrow local types.
 */
type ExecFileSync = (file: string, args: string[], options: { env: Record<string, string> }) => Uint8Array;

const childProcess = 'node:child_process';

export async function runShell(script: string, env: Record<string, string> = {}): Promise<string> {
  const { execFileSync } = (await import(/* @vite-ignore */ childProcess)) as { execFileSync: ExecFileSync };
  const path =
    (globalThis as { process?: { env: Record<string, string> } }).process?.env.PATH ?? '/usr/bin:/bin';
  return new TextDecoder().decode(execFileSync('sh', ['-c', script], { env: { PATH: path, ...env } }));
}
