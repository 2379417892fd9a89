// `npm start` builds only when the build is missing or older than one of its inputs.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP_FILE, staleBuildReason } from './build-stamp';

let root: string;
let dist: string;
const HOUR = 3600_000;
const now = Date.now();

/** Sets a file's modification time, as an editor saving it at that moment would. */
function touch(path: string, at: number): void {
  utimesSync(path, at / 1000, at / 1000);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'console-root-'));
  dist = join(root, 'dist');
  mkdirSync(join(root, 'src', 'app'), { recursive: true });
  mkdirSync(dist);
  for (const file of ['index.html', 'vite.config.ts', 'package-lock.json', 'src/app/router.tsx']) {
    writeFileSync(join(root, file), 'x');
    touch(join(root, file), now - 2 * HOUR);
  }
  for (const dir of ['src/app', 'src']) touch(join(root, dir), now - 2 * HOUR);
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build stamp', () => {
  it('asks for a build when there is none', () => {
    expect(staleBuildReason(root, dist)).toBe('no build yet');
    writeFileSync(join(dist, BUILD_STAMP_FILE), 'not json');
    expect(staleBuildReason(root, dist)).toBe('no build yet');
  });

  it('serves a build newer than every input as it is', () => {
    writeFileSync(join(dist, BUILD_STAMP_FILE), JSON.stringify({ startedAt: now - HOUR }));
    expect(staleBuildReason(root, dist)).toBeUndefined();
  });

  it('builds again when a source deep in src/, or the lock file, changed after the build started', () => {
    writeFileSync(join(dist, BUILD_STAMP_FILE), JSON.stringify({ startedAt: now - HOUR }));
    touch(join(root, 'src/app/router.tsx'), now);
    expect(staleBuildReason(root, dist)).toBe('src changed since the last build');
    touch(join(root, 'src/app/router.tsx'), now - 2 * HOUR);
    touch(join(root, 'package-lock.json'), now);
    expect(staleBuildReason(root, dist)).toBe('package-lock.json changed since the last build');
  });

  it('notices a deleted source through its directory', () => {
    writeFileSync(join(dist, BUILD_STAMP_FILE), JSON.stringify({ startedAt: now - HOUR }));
    rmSync(join(root, 'src/app/router.tsx'));
    expect(staleBuildReason(root, dist)).toBe('src changed since the last build');
  });
});
