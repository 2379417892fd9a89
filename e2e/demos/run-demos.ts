// `npm run demo`: lists the scenarios, or plays them. It reads the command line, asks for a real O2G's
// password without echo when it is not in the environment, and runs Playwright with the demo config,
// handing everything down through the environment (never the password on a command line).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { DEMO_USAGE, DemoUsageError, parseDemoArgs, type DemoArgs } from './demo-args';
import { SCENARIOS } from './catalog';
import { findFfmpeg } from './options';
import { askHidden } from './ask-hidden';

/** The scenario whose storyboard and video the test run keeps, and plays back. */
const CHECKED_SCENARIO = 'call-a-colleague';
const CHECK_OUTPUT = 'test-reports/demos';

function list() {
  console.log('O2G Console demo scenarios (npm run demo -- <name>|all [--pace slow|normal|fast]):\n');
  for (const scenario of SCENARIOS) {
    console.log(`  ${scenario.name.padEnd(18)} ${scenario.title}${scenario.needsLab ? '' : '  [real O2G too]'}`);
    console.log(`  ${''.padEnd(18)} ${scenario.summary}`);
  }
  console.log(`\n${DEMO_USAGE}`);
}

async function environmentFor(args: DemoArgs): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, O2G_DEMO_PACE: args.pace };
  env.E2E_PORT_BASE ??= '5370'; // apart from the e2e suite's ports, so both can run at once
  const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const headed = display && !args.headless;
  env.O2G_DEMO_HEADED = headed ? '1' : '0';
  const recording = args.check || args.record || !headed;
  if (recording) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    env.O2G_DEMO_OUTPUT = args.check ? CHECK_OUTPUT : `demo-output/${stamp}`;
    if (args.check) {
      env.O2G_DEMO_CHECK = '1';
      env.O2G_DEMO_RECORD_ONLY = CHECKED_SCENARIO;
      await rm(CHECK_OUTPUT, { recursive: true, force: true });
    }
    const ffmpeg = findFfmpeg();
    env.O2G_DEMO_FFMPEG = ffmpeg ?? '';
    if (!ffmpeg)
      console.warn(
        'ffmpeg not found (FFMPEG_PATH or PATH): writing storyboards only, no video. ' +
          "Install Debian's ffmpeg (apt-get install ffmpeg) for videos.",
      );
  }
  if (args.server) {
    env.O2G_DEMO_SERVER = args.server.url;
    env.O2G_DEMO_LOGIN = args.server.login;
    if (!env.O2G_DEMO_PASSWORD)
      env.O2G_DEMO_PASSWORD = await askHidden(`Password of ${args.server.login} on ${args.server.url}: `);
    if (args.insecure) env.O2G_DEMO_INSECURE = '1';
  }
  return env;
}

async function main(argv: string[]): Promise<number> {
  const args = parseDemoArgs(argv);
  if (args.names.length === 0) {
    list();
    return 0;
  }
  const env = await environmentFor(args);
  const files = args.names.map((name) => `e2e/demos/scenarios/${name}.demo.ts`);
  const playwright = ['node_modules/@playwright/test/cli.js', 'test', '--config', 'playwright.demo.config.ts'];
  // The test run plays every scenario, then the recorded video back (its project depends on theirs).
  playwright.push(...(args.check ? ['--project=playback'] : ['--project=demos', ...files]));
  const headed = env.O2G_DEMO_HEADED === '1';
  console.log(
    `O2G Console demo: ${args.names.join(', ')} at ${args.pace} pace, ${headed ? 'in a visible browser' : 'headless'}` +
      (env.O2G_DEMO_OUTPUT ? `; storyboards and videos in ${env.O2G_DEMO_OUTPUT}/` : ''),
  );
  const child = spawn(process.execPath, playwright, { env, stdio: 'inherit' });
  const code = await new Promise<number>((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
  if (env.O2G_DEMO_OUTPUT && existsSync(env.O2G_DEMO_OUTPUT))
    console.log(`Storyboards (open in a browser) and videos: ${env.O2G_DEMO_OUTPUT}/`);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof DemoUsageError) {
      console.error(`${error.message}\n\n${DEMO_USAGE}`);
      process.exitCode = 2;
    } else throw error;
  },
);
