import { defineConfig, devices } from '@playwright/test';

// The e2e suite runs in Debian's Chromium: Playwright cannot download its own browser here.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Ports of their own, so a console left running with `npm start` never answers for the tests.
const consolePort = Number(process.env.E2E_CONSOLE_PORT ?? 5273);
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
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
    baseURL: `http://127.0.0.1:${consolePort}`,
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          // The network here is closed: background services would only fail to connect.
          args: [
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `node node_modules/vite/bin/vite.js --host 127.0.0.1 --port ${consolePort} --strictPort`,
      url: `http://127.0.0.1:${consolePort}`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
      stdout: 'ignore',
    },
  ],
});
