// Initial load: what a browser fetches before the sign-in form is usable (dist/index.html, what it
// loads, the lazy sign-in route and their static imports, and the favicon): the number of requests
// and the gzip size of the JS and CSS, against react + react-dom alone built the same way. What the
// page fetches later (the handshake's code and the signed-in frame, prefetched once the form is in use
// or the browser idle; the proxy's list of servers) is not counted. Sizes do not depend on the
// machine's load: one build of each is enough.
//
//   npx tsx bench/initial-load.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ROOT } from './lib/console-build';
import { report, RESULTS_DIR } from './lib/report';

const JS_GOAL_KB = 125;
const REQUESTS_GOAL = 25;
const LOGIN_ROUTE = 'src/app/routes/login.tsx';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const outDir = join(RESULTS_DIR, 'build-initial-load');
const baselineDir = join(RESULTS_DIR, 'build-react-only');

// Our own build with a manifest, so that the chunks each page needs can be followed.
await build({
  configFile: join(ROOT, 'vite.config.ts'),
  root: ROOT,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
});
const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;

/** A chunk and everything it imports statically: the browser loads them all before it runs. */
function closure(keys: readonly string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) throw new Error('the build has no entry');
const needed = closure([entryKey, LOGIN_ROUTE]);
const files = new Set([...needed].flatMap((key) => [manifest[key]!.file, ...(manifest[key]!.css ?? [])]));
const gzipKb = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length / 1000;
const sizes = [...files].map((file) => ({ file, gzipKb: gzipKb(file) }));
const sum = (kind: RegExp) =>
  sizes.filter((s) => kind.test(s.file)).reduce((total, s) => total + s.gzipKb, 0);
const js = sum(/\.js$/);
const css = sum(/\.css$/);
// index.html and the favicon it names, then every JS and CSS file above.
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const requests = 1 + (html.includes('rel="icon"') ? 1 : 0) + files.size;

// The baseline: a page that only mounts React, built by the same bundler with the same settings.
mkdirSync(baselineDir, { recursive: true });
writeFileSync(
  join(baselineDir, 'index.html'),
  '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
);
writeFileSync(
  join(baselineDir, 'main.js'),
  "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\n" +
    "createRoot(document.getElementById('root')).render(createElement('p', null, 'hello'));\n",
);
await build({
  configFile: false,
  root: baselineDir,
  logLevel: 'warn',
  resolve: {
    alias: { react: join(ROOT, 'node_modules/react'), 'react-dom': join(ROOT, 'node_modules/react-dom') },
  },
  build: { outDir: join(baselineDir, 'dist'), emptyOutDir: true, manifest: true },
});
const baseManifest = JSON.parse(
  readFileSync(join(baselineDir, 'dist', '.vite', 'manifest.json'), 'utf8'),
) as Manifest;
const baseFiles = Object.values(baseManifest).filter((chunk) => chunk.file.endsWith('.js'));
const baseJs = baseFiles.reduce(
    (total, chunk) =>
      total + gzipSync(readFileSync(join(baselineDir, 'dist', chunk.file)), { level: 9 }).length / 1000,
    0,
  );

report(
  'initial-load',
  [
    {
      name: 'sign-in page JS (gzip)',
      unit: 'kB',
      value: js,
      baseline: baseJs,
      baselineName: '(react + react-dom)',
      ratio: js / baseJs,
      goal: `≤ ${JS_GOAL_KB} kB`,
      pass: js <= JS_GOAL_KB,
    },
    { name: 'sign-in page CSS (gzip)', unit: 'kB', value: css },
    {
      name: 'sign-in page requests',
      unit: '',
      value: requests,
      baseline: 1 + baseFiles.length,
      baselineName: '(react + react-dom)',
      ratio: requests / (1 + baseFiles.length),
      goal: `≤ ${REQUESTS_GOAL}`,
      pass: requests <= REQUESTS_GOAL,
    },
  ],
  { files: sizes.sort((a, b) => b.gzipKb - a.gzipKb), baselineJsKb: baseJs, requests },
);
