import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run demo`: the same journeys, to watch. With a display they run headed at a person's pace; without
// one they run headless and keep a screenshot and a replayable trace of every journey in demo-output/.
// (Video would need Playwright's own ffmpeg download, which this project does without.)
const headed = Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);
// Workers load this file again: the first load names the folder and hands it down through the environment.
const firstLoad = process.env.O2G_DEMO_STAMP === undefined;
process.env.O2G_DEMO_STAMP ??= new Date().toISOString().replace(/[:.]/g, '-');
const outputDir = `./demo-output/${process.env.O2G_DEMO_STAMP}`;
if (firstLoad) {
  console.log(
    headed
      ? 'O2G Console demo: playing the journeys in a visible browser'
      : `O2G Console demo: recordings in ${outputDir}`,
  );
}

export default defineConfig({
  ...base,
  outputDir,
  retries: 0,
  reporter: [['list']],
  use: {
    ...base.use,
    headless: !headed,
    screenshot: 'on',
    trace: 'on',
    launchOptions: { ...base.projects?.[0]?.use?.launchOptions, slowMo: headed ? 400 : 0 },
  },
  projects: base.projects?.map((project) => ({
    ...project,
    use: { ...project.use, launchOptions: { ...project.use?.launchOptions, slowMo: headed ? 400 : 0 } },
  })),
});
