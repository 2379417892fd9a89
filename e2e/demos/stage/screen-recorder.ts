import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

/** Frames per second of the video: enough for a pointer gliding over a form, light on two cores. */
const FPS = 10;

interface ScreencastFrame {
  data: string;
  sessionId: number;
  metadata: { timestamp?: number };
}

/**
 * Records a page as a WebM video with Debian's ffmpeg, from Chromium's own screencast (DevTools
 * `Page.startScreencast`). Chromium sends a frame only when the screen changes, each with its time.
 * The frames are kept as they come and encoded when the recording stops, each shown until the next
 * one's time: encoding while the scenario plays would take the CPU the browser needs to keep pace.
 */
export class ScreenRecorder {
  private readonly frames: { file: string; at: number }[] = [];
  private saving: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly folder: string,
    private readonly size: { width: number; height: number },
  ) {}

  static async start(page: Page): Promise<ScreenRecorder> {
    const size = page.viewportSize() ?? { width: 1280, height: 800 };
    const folder = await mkdtemp(join(tmpdir(), 'o2g-demo-frames-'));
    const cdp = await page.context().newCDPSession(page);
    const recorder = new ScreenRecorder(cdp, folder, size);
    cdp.on('Page.screencastFrame', (frame: ScreencastFrame) => recorder.onFrame(frame));
    await cdp.send('Page.startScreencast', {
      format: 'jpeg',
      quality: 70,
      maxWidth: size.width,
      maxHeight: size.height,
      // Chromium would send every compositor frame (up to 60 a second): every sixth is FPS, and cheap.
      everyNthFrame: 6,
    });
    return recorder;
  }

  private onFrame(frame: ScreencastFrame) {
    void this.cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => undefined);
    const now = Date.now() / 1000;
    // The frame's own time, on the wall clock; a build that sends another clock falls back to arrival.
    const stamped = frame.metadata.timestamp;
    const at = stamped !== undefined && Math.abs(stamped - now) < 5 ? stamped : now;
    const file = join(this.folder, `${String(this.frames.length).padStart(6, '0')}.jpg`);
    this.frames.push({ file, at });
    const jpeg = Buffer.from(frame.data, 'base64');
    this.saving = this.saving.then(() => writeFile(file, jpeg));
  }

  /** Stops the screencast and encodes the frames into `video` with ffmpeg; the frames are then removed. */
  async stop(video: string, ffmpeg: string): Promise<void> {
    await this.cdp.send('Page.stopScreencast').catch(() => undefined);
    await this.cdp.detach().catch(() => undefined);
    await this.saving;
    try {
      if (this.frames.length === 0) throw new Error('the screencast sent no frame: no video');
      const end = Date.now() / 1000;
      // ffmpeg's concat list: each frame for as long as it stayed on screen (the last one until now).
      const lines = this.frames.flatMap(({ file, at }, index) => {
        const next = this.frames[index + 1]?.at ?? Math.max(end, at + 1 / FPS);
        return [`file '${file}'`, `duration ${Math.max(next - at, 0.001).toFixed(3)}`];
      });
      // The concat reader ignores the last duration unless the last file is named once more.
      lines.push(`file '${this.frames[this.frames.length - 1]?.file ?? ''}'`);
      const list = join(this.folder, 'frames.txt');
      await writeFile(list, `${lines.join('\n')}\n`);
      await encode(ffmpeg, list, video, this.size);
    } finally {
      await rm(this.folder, { recursive: true, force: true });
    }
  }
}

async function encode(ffmpeg: string, list: string, video: string, size: { width: number; height: number }) {
  const args = ['-loglevel', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', list];
  args.push('-vf', `fps=${FPS},scale=${size.width}:${size.height},format=yuv420p`);
  args.push('-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '16', '-threads', '2', '-b:v', '1200k', video);
  const child = spawn(ffmpeg, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`ffmpeg stopped with code ${String(code)}: ${errors.trim()}`);
}
