import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { readDemoOptions } from '../options';

const SCENARIO = 'call-a-colleague';
const options = readDemoOptions();

/** Serves one file, with byte ranges, as a browser's media element asks for them. */
function serveFile(file: string): Promise<Server> {
  const size = statSync(file).size;
  const server = createServer((request, response) => {
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    const headers = { 'Content-Type': 'video/webm', 'Accept-Ranges': 'bytes', 'Content-Length': end - start + 1 };
    if (range) response.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}` });
    else response.writeHead(200, headers);
    createReadStream(file, { start, end }).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test(`the recorded video of "${SCENARIO}" plays in Chromium`, async ({ page }) => {
  test.skip(!options.ffmpeg, 'no ffmpeg on this machine: the demos wrote storyboards only');
  const video = `${options.outputDir ?? ''}/${SCENARIO}.webm`;
  expect(existsSync(video), `${video} was recorded`).toBe(true);
  const server = await serveFile(video);
  try {
    const { port } = server.address() as AddressInfo;
    await page.setContent(
      `<video src="http://127.0.0.1:${port}/${SCENARIO}.webm" muted playsinline preload="auto"></video>`,
    );
    const player = page.locator('video');
    await expect
      .poll(() => player.evaluate((element: HTMLVideoElement) => element.readyState))
      .toBeGreaterThanOrEqual(1);
    const duration = await player.evaluate((element: HTMLVideoElement) => element.duration);
    expect(Number.isFinite(duration), `duration ${duration} is known`).toBe(true);
    expect(duration).toBeGreaterThan(1);
    await player.evaluate((element: HTMLVideoElement) => element.play());
    await expect.poll(() => player.evaluate((element: HTMLVideoElement) => element.currentTime)).toBeGreaterThan(0.3);
    expect(await player.evaluate((element: HTMLVideoElement) => element.error)).toBeNull();
  } finally {
    server.close();
  }
});
