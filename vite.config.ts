/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { passStreamBreaks } from './dev-proxy/console/pass-stream-breaks';
import { DEV_SECURITY_HEADERS, PREVIEW_SECURITY_HEADERS } from './dev-proxy/console/security-headers';

// The console always talks to O2G through the dev proxy (see dev-proxy/proxy). In development the
// proxy's address comes from O2G_PROXY_URL, which `npm start` sets; Vite forwards /o2g to it so the
// browser stays same-origin and needs no CORS at all.
const proxyUrl = process.env.O2G_PROXY_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/o2g': { target: proxyUrl, configure: passStreamBreaks } },
    headers: DEV_SECURITY_HEADERS,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: PREVIEW_SECURITY_HEADERS },
  build: { sourcemap: true },
  test: {
    // The JSON report is what .ci/run sums into its closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-reports/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup.ts'],
          include: ['src/**/*.test.tsx'],
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
