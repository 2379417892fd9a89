import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { E2E_PORTS } from './e2e/lab-ports';

// The demo scenarios (e2e/demos), played by `npm run demo` (e2e/demos/run-demos.ts hands its options down
// through the environment) and, at fast pace, by `npm run test:demos`. The same servers as the e2e suite,
// on ports of their own, with the lab's controls on; a real O2G given with --server is offered as a target.
const env = process.env;
const headed = env.O2G_DEMO_HEADED === '1';
const checking = env.O2G_DEMO_CHECK === '1';
const target = env.O2G_DEMO_SERVER ?? `http://127.0.0.1:${E2E_PORTS.deadO2g}`;

export default defineConfig({
  ...base,
  testDir: './e2e/demos',
  outputDir: `./test-results/demos-${env.E2E_PORT_BASE ?? 'default'}`,
  // As the e2e suite: one retry on CI, where a shared machine may stall a step; never when recording.
  retries: checking && process.env.CI ? 1 : 0,
  // Answers are awaited, never timed: a loaded machine may take longer than the e2e suite's 5 s.
  expect: { timeout: 20_000 },
  // The run's own timeout per scenario is set in demo-test.ts (a person's pace is long).
  reporter: checking
    ? [['list'], ['json', { outputFile: 'test-reports/playwright-demos.json' }]]
    : [['list']],
  use: { ...base.use, headless: !headed, trace: 'off', screenshot: 'off' },
  projects: [
    {
      name: 'demos',
      testMatch: /scenarios\/.*\.demo\.ts$/,
      use: base.projects?.[0]?.use,
    },
    {
      // The recorded video of one scenario, played back in Chromium: only after the scenarios ran.
      name: 'playback',
      testMatch: /checks\/.*\.check\.ts$/,
      dependencies: ['demos'],
      use: base.projects?.[0]?.use,
    },
  ],
  webServer: [
    {
      command: [
        'node node_modules/tsx/dist/cli.mjs dev-proxy/main.ts start --controls',
        `--port ${E2E_PORTS.console} --proxy-port ${E2E_PORTS.proxy}`,
        `--sim-http-port ${E2E_PORTS.simHttp} --sim-https-port ${E2E_PORTS.simHttps}`,
        `--target ${target}`,
        ...(env.O2G_DEMO_INSECURE === '1' ? ['--insecure'] : []),
      ].join(' '),
      url: `http://127.0.0.1:${E2E_PORTS.console}`,
      // Never a console left running: it might offer another O2G than the one asked for.
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
    },
  ],
});
