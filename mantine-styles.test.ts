// Every Mantine component the console uses needs its CSS listed in mantine-styles.ts, or it shows
// unstyled in the build (the console does not load Mantine's whole stylesheet). This finds them all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('./src/', import.meta.url).pathname;
const STYLES = new URL('./node_modules/@mantine/core/styles/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The names a file imports from `@mantine/core`, types excluded. */
function mantineImports(text: string): string[] {
  return [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@mantine\/core'/g)].flatMap((match) =>
    (match[1] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type '))
      .map((name) => name.split(/\s+as\s+/)[0] ?? name),
  );
}

describe('mantine-styles.ts', () => {
  it('lists the CSS of every Mantine component imported anywhere in src', () => {
    const listed = readFileSync(join(SRC, 'app/mantine-styles.ts'), 'utf8');
    const used = new Set(sourceFiles(SRC).flatMap((file) => mantineImports(readFileSync(file, 'utf8'))));
    const withCss = [...used].filter((name) => existsSync(join(STYLES, `${name}.css`)));
    expect(withCss.length).toBeGreaterThan(10);
    const missing = withCss.filter((name) => !listed.includes(`'@mantine/core/styles/${name}.css'`));
    expect(missing).toEqual([]);
  });
});
