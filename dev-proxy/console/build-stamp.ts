// `npm start` serves the production build, and builds it first when it is missing or older than its
// sources. The build leaves a stamp in dist/ (the time it started, so a file saved during a build still
// counts as newer); `npm start` compares it with the newest change among the inputs. A walk of src/ is a
// few hundred stat calls, cheap next to a build.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** A dotfile: the console server never serves dotfiles. */
export const BUILD_STAMP_FILE = '.build-stamp';

/** What a build is made from, relative to the project root. */
export const BUILD_INPUTS = [
  'src',
  'index.html',
  'public',
  'vite.config.ts',
  'postcss.config.cjs',
  'package-lock.json',
] as const;

/** Vite plugin: writes the stamp into the output directory once a build has written its files. */
export function buildStamp(): Plugin {
  let startedAt = 0;
  let outDir = 'dist';
  return {
    name: 'o2g-build-stamp',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      startedAt = Date.now();
    },
    closeBundle() {
      writeFileSync(join(outDir, BUILD_STAMP_FILE), `${JSON.stringify({ startedAt })}\n`);
    },
  };
}

/** The newest modification time (ms) of a file or anything under a directory; 0 when absent. */
export function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its directory's time
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

/** When the build in `distDir` started, or undefined when there is no readable stamp. */
export function builtAt(distDir: string): number | undefined {
  try {
    const stamp = JSON.parse(readFileSync(join(distDir, BUILD_STAMP_FILE), 'utf8')) as {
      startedAt?: unknown;
    };
    return typeof stamp.startedAt === 'number' ? stamp.startedAt : undefined;
  } catch {
    return undefined;
  }
}

/** Why `distDir` must be built again, or undefined when it is newer than every input under `root`. */
export function staleBuildReason(root: string, distDir: string): string | undefined {
  const stamp = builtAt(distDir);
  if (stamp === undefined || !existsSync(join(distDir, 'index.html'))) return 'no build yet';
  const changed = BUILD_INPUTS.find((input) => newestChange(join(root, input)) > stamp);
  return changed === undefined ? undefined : `${changed} changed since the last build`;
}
