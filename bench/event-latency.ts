// Event latency: from the lab emitting a call event to the console's Events page showing it. Headless
// Chromium signed in to the production build; the lab rings 2001 from outside (`/__sim/incoming-call`)
// and the page notes, with a MutationObserver, when a new `OnCallCreated` row appears (rows are told apart
// by their event number, since the virtualised table drops rows that scroll out of view). Both sides
// read Date.now() (one wall clock on one machine); the start is taken just before the control request,
// so the figure includes that request and errs on the slow side.
//
// The log grows by a handful of rows per call; the first and last quarters of the run are compared, so
// a cost that grows with the rows on screen shows as a ratio above 1.
//
//   npx tsx bench/event-latency.ts [--events 120]
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser';
import { ensureBuild, freePort, serveBuiltConsole } from './lib/console-build';
import { labControl, startBenchLab } from './lib/lab';
import { report } from './lib/report';
import { percentile, summarize } from './lib/stats';

const { values } = parseArgs({ options: { events: { type: 'string', default: '120' } } });
const events = Math.min(Math.max(Number(values.events) || 120, 40), 1000);
const WARMUP = 3;
const GOALS = { medianMs: 25, p95Ms: 25, growth: 1.2 };
const BUTTON = 'Show JSON of OnCallCreated #';

await ensureBuild();
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const lab = await startBenchLab({ allowOrigins: [origin] });
const consoleServer = await serveBuiltConsole(lab.proxy.url, port);
const browser = await launchChromium();
const page = await browser.newPage();

await page.goto(`${origin}/login`);
await page.getByRole('textbox', { name: 'Login' }).fill('oxe2001');
await page.getByRole('textbox', { name: 'Password' }).fill('2001');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByRole('table', { name: 'Services of this session' }).waitFor();
await page.getByRole('status', { name: 'Event channel: Live' }).waitFor();
await page
  .getByRole('navigation', { name: 'Console sections' })
  .getByRole('link', { name: 'Events' })
  .click();
await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();

// In-page code as text: the TypeScript runner would wrap named functions in a helper the page lacks.
// `window.rowShown(n)` settles when the n-th new event's row is in the page: Playwright awaits it, nothing
// polls the page (polling on each animation frame would share the main thread with what is measured).
await page.evaluate(`
  window.seenAt = [];
  const waiting = [];
  const seen = new Set();
  window.rowShown = (n) => new Promise((resolve) => {
    if (window.seenAt.length > n) resolve(window.seenAt[n]);
    else waiting.push({ n, resolve });
  });
  new MutationObserver(() => {
    const now = Date.now();
    for (const button of document.querySelectorAll('button[aria-label^="${BUTTON}"]')) {
      const label = button.getAttribute('aria-label');
      if (!seen.has(label)) { seen.add(label); window.seenAt.push(now); }
    }
    for (const wait of waiting.splice(0)) {
      if (window.seenAt.length > wait.n) wait.resolve(window.seenAt[wait.n]);
      else waiting.push(wait);
    }
  }).observe(document.body, { childList: true, subtree: true });
`);

/** When the page saw the `n`-th new event's row (or a failed run after 5 s). */
function rowShown(n: number): Promise<number> {
  return page.evaluate(`Promise.race([
    window.rowShown(${n}),
    new Promise((_, reject) => setTimeout(() => reject(new Error('no new row 5 s after the call')), 5000)),
  ])`);
}

const latencies: number[] = [];
for (let i = 0; i < events + WARMUP; i += 1) {
  // Asked for before the call, so the page answers as soon as the row shows.
  const shown = rowShown(i);
  const emittedAt = Date.now();
  await labControl(lab.controlsUrl, '/incoming-call', { from: '0611223344', to: '2001' });
  const seenAt = Number(await shown);
  if (i >= WARMUP) latencies.push(seenAt - emittedAt);
  await labControl(lab.controlsUrl, '/phones/2001/hangup');
  // Let the release's events land before the next call, as calls come one at a time.
  await page.waitForTimeout(50);
}

await browser.close();
await consoleServer.close();
await lab.close();

const summary = summarize(latencies);
const p95 = percentile(latencies, 95);
const quarter = Math.floor(latencies.length / 4);
const growth = percentile(latencies.slice(-quarter), 95) / percentile(latencies.slice(0, quarter), 95);
report(
  'event-latency',
  [
    {
      name: `lab event → row shown, median of ${events}`,
      unit: 'ms',
      value: summary.median,
      range: [summary.min, summary.max],
      goal: `≤ ${GOALS.medianMs} ms`,
      pass: summary.median <= GOALS.medianMs,
    },
    {
      name: 'lab event → row shown, p95',
      unit: 'ms',
      value: p95,
      goal: `≤ ${GOALS.p95Ms} ms`,
      pass: p95 <= GOALS.p95Ms,
    },
    {
      name: 'p95 of the last quarter ÷ p95 of the first (rows on screen grow)',
      unit: '×',
      value: Math.round(growth * 100) / 100,
      goal: `≤ ${GOALS.growth}× (flat with rows)`,
      pass: growth <= GOALS.growth,
    },
  ],
  { events, warmup: WARMUP, latenciesMs: latencies },
);
