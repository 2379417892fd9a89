import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test as e2e } from '../fixtures';
import { scenarioNamed, type Scenario } from './catalog';
import { readDemoOptions } from './options';
import { Director } from './stage/director';
import { installStage } from './stage/overlay';
import { ScreenRecorder } from './stage/screen-recorder';
import { writeStoryboard } from './stage/storyboard';

export const options = readDemoOptions();

/** Who signs in: the lab's accounts by default, or the real O2G and login the presenter gave. */
export interface Account {
  server?: string;
  login: string;
  password: string;
}

interface DemoFixtures {
  scenario: Scenario;
  director: Director;
  /** The account to sign in with, for a scenario that runs against a real O2G too. */
  account: (labLogin: string, labPassword: string) => Account;
}

const test = e2e.extend<DemoFixtures>({
  scenario: [undefined as unknown as Scenario, { option: true }],
  director: async ({ page, scenario }, use, testInfo) => {
    const record =
      options.outputDir !== undefined && (options.recordOnly ?? scenario.name) === scenario.name;
    await page.addInitScript(installStage);
    const director = new Director(page, scenario.title, options.paceFactor, record);
    let recorder: ScreenRecorder | undefined;
    if (record && options.outputDir) await mkdir(options.outputDir, { recursive: true });
    const video = options.outputDir && join(options.outputDir, `${scenario.name}.webm`);
    if (record && video && options.ffmpeg) recorder = await ScreenRecorder.start(page);

    await use(director);

    if (!record || !options.outputDir) return;
    if (testInfo.status !== testInfo.expectedStatus) {
      // eslint-disable-next-line no-control-regex -- Playwright colours its messages for the terminal.
      const error = (testInfo.error?.message ?? 'unknown error').replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0] ?? '';
      await director
        .capture({ kicker: `${scenario.title} · stopped`, title: 'The scenario stopped here', detail: error })
        .catch(() => undefined);
    }
    const storyboard = join(options.outputDir, `${scenario.name}.html`);
    await writeStoryboard(storyboard, scenario, director.frames, recorder ? video : undefined);
    testInfo.annotations.push({ type: 'storyboard', description: storyboard });
    if (recorder && video && options.ffmpeg) {
      // Encoding is not the scenario: a slow machine gets the time it needs, outside the scenario's.
      testInfo.setTimeout(testInfo.timeout + 600_000);
      await recorder.stop(video, options.ffmpeg);
      testInfo.annotations.push({ type: 'video', description: video });
    }
  },
  account: async ({ scenario }, use) => {
    await use((login, password) => {
      if (!options.server) return { login, password };
      if (scenario.needsLab) throw new Error(`${scenario.name} needs the embedded lab`);
      return { server: options.server.url, login: options.server.login, password: options.server.password };
    });
  },
});

/**
 * Declares one scenario of the catalog. Against a real O2G, a scenario that drives the lab's controls
 * is skipped and says why.
 */
export function demo(name: string, story: Parameters<typeof test>[2]) {
  const scenario = scenarioNamed(name);
  test.describe(() => {
    test.use({ scenario, viewport: { width: 1280, height: 800 } });
    // A person's pace takes longer than a test's 30 s; fast pace stays well inside it.
    test.describe.configure({ timeout: 240_000 });
    test.skip(
      options.server !== undefined && scenario.needsLab !== undefined,
      `needs the embedded lab: ${scenario.needsLab ?? ''}`,
    );
    test(scenario.title, story);
  });
}

export { expect } from '../fixtures';
