/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { buildStamp } from './dev-proxy/console/build-stamp';
import { passStreamBreaks } from './dev-proxy/console/pass-stream-breaks';
import { precompress } from './dev-proxy/console/precompress';
import { consoleHeaders, redactLogs } from './dev-proxy/console/vite-console';

// `npm run dev` is Vite's dev server with hot reload, for working on the console; it expects the dev proxy
// at O2G_PROXY_URL (default 127.0.0.1:8787, `npm run proxy`) and forwards /o2g to it so the browser stays
// same-origin. `npm start` serves the production build instead (dev-proxy/console/serve-console.ts).
const proxyUrl = process.env.O2G_PROXY_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react(), consoleHeaders(), redactLogs(), buildStamp(), precompress()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/o2g': { target: proxyUrl, configure: passStreamBreaks } },
    // The console only ever calls its own origin, which needs no CORS. Vite's default would echo any
    // localhost port, letting every other local web app sign in through /o2g and read the lab accounts.
    cors: false,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    proxy: { '/o2g': { target: proxyUrl, configure: passStreamBreaks } },
    cors: false,
  },
  // Source maps stay out of the build unless asked for (O2G_SOURCEMAPS=1), and then with no reference in
  // the served files: they are for local tools decoding a stack trace, not for the browser.
  build: { sourcemap: process.env.O2G_SOURCEMAPS === '1' ? 'hidden' : false },
  test: {
    // The JSON report is what .ci/run sums into its closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-reports/vitest.json' },
    // Vitest's default is one worker fewer than the cores: one, on two cores. Most tests wait on the lab
    // over HTTP, so a second worker overlaps those waits (a full run took a fifth less time).
    maxWorkers: 2,
    // Test files share their worker's modules instead of importing React, Mantine and the lab's code again
    // for each file (imports were most of the run: 67 s → 20 s for the web project, ~50 s for the node one).
    // It holds because no test mocks modules or fakes timers, and each file builds its own servers, clients
    // and providers; a test that needs a pristine module graph would say so with its own project.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup.ts'],
          include: ['src/**/*.test.tsx'],
          // Component tests drive real labs: each test starts its own from this pool (dev-proxy/testing).
          globalSetup: ['./dev-proxy/testing/lab-pool-global-setup.ts'],
          // Room for a sign-in on the test's own lab, its event channel and the ceilings of testing-library's
          // waits (5 s, see the setup file; 15 s for the telephony panel's first eleven reads) on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'dev-proxy/**/*.test.ts', '*.test.ts'],
          // One embedded lab behind the dev proxy for network tests: see dev-proxy/testing.
          globalSetup: ['./dev-proxy/testing/lab-global-setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
