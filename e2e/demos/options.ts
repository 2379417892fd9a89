import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * What the demo CLI hands to the Playwright run through the environment (workers are separate
 * processes, so the environment is the one channel that reaches them). The password comes only
 * from here, never from a command-line argument.
 */
export type Pace = 'slow' | 'normal' | 'fast';

export const PACES: readonly Pace[] = ['slow', 'normal', 'fast'];

/** How much of a person's pause each pace keeps: fast leaves a trace of motion, nothing to read. */
const PACE_FACTOR: Record<Pace, number> = { slow: 1.6, normal: 1, fast: 0.03 };

export interface DemoOptions {
  pace: Pace;
  paceFactor: number;
  /** Where storyboards and videos go; undefined: nothing is written (a headed demo). */
  outputDir: string | undefined;
  /** Only this scenario writes its storyboard and video (the test run keeps one as an artifact). */
  recordOnly: string | undefined;
  /** Debian's ffmpeg, or undefined: storyboards only. */
  ffmpeg: string | undefined;
  /** A real O2G to sign in to, with a login; the lab's scenarios are skipped. */
  server: { url: string; login: string; password: string } | undefined;
}

export function readDemoOptions(env: NodeJS.ProcessEnv = process.env): DemoOptions {
  const pace = (PACES as readonly string[]).includes(env.O2G_DEMO_PACE ?? '')
    ? (env.O2G_DEMO_PACE as Pace)
    : 'normal';
  const url = env.O2G_DEMO_SERVER;
  return {
    pace,
    paceFactor: PACE_FACTOR[pace],
    outputDir: env.O2G_DEMO_OUTPUT || undefined,
    recordOnly: env.O2G_DEMO_RECORD_ONLY || undefined,
    ffmpeg: env.O2G_DEMO_FFMPEG === undefined ? findFfmpeg(env) : env.O2G_DEMO_FFMPEG || undefined,
    server: url
      ? { url, login: env.O2G_DEMO_LOGIN ?? '', password: env.O2G_DEMO_PASSWORD ?? '' }
      : undefined,
  };
}

/** FFMPEG_PATH if set, else `ffmpeg` on the PATH (Debian puts it in /usr/bin). */
export function findFfmpeg(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.FFMPEG_PATH) return existsSync(env.FFMPEG_PATH) ? env.FFMPEG_PATH : undefined;
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, 'ffmpeg');
    if (folder && existsSync(candidate)) return candidate;
  }
  return undefined;
}
