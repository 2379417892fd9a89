import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface StoryboardFrame {
  kicker: string;
  title: string;
  detail: string;
  /** Seconds since the scenario started. */
  at: number;
  jpeg: Buffer;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * One self-contained HTML page per scenario: a captioned screenshot per step, the images inlined as
 * data URLs, so the file can be mailed or opened offline as it is.
 */
export async function writeStoryboard(
  file: string,
  scenario: { title: string; summary: string },
  frames: readonly StoryboardFrame[],
  video: string | undefined,
): Promise<void> {
  const steps = frames
    .map(
      (frame) => `
  <figure>
    <img src="data:image/jpeg;base64,${frame.jpeg.toString('base64')}" alt="${escapeHtml(frame.title)}">
    <figcaption><span class="kicker">${escapeHtml(frame.kicker)} · ${frame.at.toFixed(1)} s</span>
      <strong>${escapeHtml(frame.title)}</strong> ${escapeHtml(frame.detail)}</figcaption>
  </figure>`,
    )
    .join('');
  const videoLink = video
    ? `<p>Video: <a href="${escapeHtml(basename(video))}">${escapeHtml(basename(video))}</a></p>`
    : '';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(scenario.title)} · O2G Console demo</title>
<style>
  body { font: 16px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1320px; padding: 24px; color: #1c2030; }
  h1 { margin-bottom: 4px; }
  figure { margin: 28px 0; }
  img { width: 100%; border: 1px solid #ccd; border-radius: 6px; }
  figcaption { margin-top: 6px; }
  .kicker { display: block; font-size: 12px; text-transform: uppercase; color: #5b6bb0; }
</style>
</head>
<body>
<h1>${escapeHtml(scenario.title)}</h1>
<p>${escapeHtml(scenario.summary)}</p>
${videoLink}
${steps}
</body>
</html>
`;
  await writeFile(file, html);
}
