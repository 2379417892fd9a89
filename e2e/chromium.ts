/**
 * How the e2e suite and the benchmarks launch Chromium: Debian's build (Playwright cannot download its
 * own here), overridable with CHROMIUM_PATH, and with the background services off, since the network is
 * closed and they would only fail to connect.
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
