import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/chromium';
import { E2E_PORTS } from './e2e/lab-ports';

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: './e2e',
  // Runs on other port bases (E2E_PORT_BASE) keep their artifacts apart, so parallel runs never clash.
  outputDir: `./test-results/${process.env.E2E_PORT_BASE ?? 'default'}`,
  fullyParallel: false,
  // Two cores: one worker keeps the lab, the proxy and Chromium from starving each other.
  workers: 1,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: 'test-reports/playwright.json' }],
    ['html', { outputFolder: 'playwright-report', open: 'never' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORTS.console}`,
    headless: true,
    // Recording a trace costs about a third of a journey's time on two cores: only a retry records one
    // (CI retries once). To trace a local run: `npx playwright test --trace on`.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: CHROMIUM_LAUNCH_OPTIONS,
      },
    },
  ],
  // Exactly what `npm start` runs (lab, proxy, and the console's production build), on ports of its own,
  // with the lab's test controls on and one extra target where nothing listens, for the "server down"
  // journey. `npm test` builds just before, so the build is fresh and `npm start` serves it as it is; run
  // alone on a stale build, it builds first (hence the longer start timeout).
  webServer: [
    {
      command: [
        'node node_modules/tsx/dist/cli.mjs dev-proxy/main.ts start --controls',
        `--port ${E2E_PORTS.console} --proxy-port ${E2E_PORTS.proxy}`,
        `--sim-http-port ${E2E_PORTS.simHttp} --sim-https-port ${E2E_PORTS.simHttps}`,
        `--target http://127.0.0.1:${E2E_PORTS.deadO2g}`,
        // A console session no tab has used for 10 s ends (the session-vault journey waits for it).
        '--session-idle 10',
      ].join(' '),
      url: `http://127.0.0.1:${E2E_PORTS.console}`,
      reuseExistingServer: !isCI,
      timeout: 180_000,
      stdout: 'ignore',
    },
  ],
});
