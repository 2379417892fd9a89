import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

const OUTSIDE = '0611223344';

test('a user watches live events: log, filters, JSON, export, and a dropped channel that comes back', async ({
  lab,
  loginPage,
  eventsPage,
  page,
}) => {
  await loginPage.signInToServices('oxe2001', '2001');
  await eventsPage.openLive();
  await expect(eventsPage.log).toContainText('No event yet');

  // The lab rings 2001 from outside: the event arrives on the channel, nothing is polled.
  const firstCall = await lab.incomingCall(OUTSIDE, '2001');
  await expect(eventsPage.rows('OnCallCreated oxe2001')).toHaveCount(1);
  await lab.hangUp('2001');
  await expect(eventsPage.rows('OnCallRemoved oxe2001')).toHaveCount(1);

  // Filter down to the call's creation, and open its JSON.
  await eventsPage.filter('Package', 'telephony');
  await eventsPage.filter('Event', 'OnCallCreated');
  await expect(eventsPage.rows()).toHaveCount(1);
  await eventsPage
    .rows('OnCallCreated oxe2001')
    .getByRole('button', { name: /^Show JSON/ })
    .click();
  const json = eventsPage.table.getByRole('tree', { name: /^JSON of OnCallCreated/ });
  await expect(json).toContainText(`"callRef": "${firstCall}"`);
  await expect(json).toContainText('"RINGING_INCOMING"');

  // Export what is shown: NDJSON, one event per line, exactly the filtered one.
  const download = await eventsPage.export();
  expect(download.suggestedFilename()).toMatch(/^o2g-events-.*\.ndjson$/);
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\n');
  const exported = lines.map((line) => JSON.parse(line) as { eventName: string; callRef?: string });
  expect(exported).toEqual([expect.objectContaining({ eventName: 'OnCallCreated', callRef: firstCall })]);

  // The call's timeline, picked from the log.
  await eventsPage
    .rows('OnCallCreated oxe2001')
    .getByRole('button', { name: /^Show the timeline/ })
    .click();
  await expect(eventsPage.timeline.getByText('created, ringing')).toBeVisible();
  await expect(eventsPage.timeline.getByText('released', { exact: true })).toBeVisible();

  // The lab drops the stream, and the next reopen fails once: the shell says so, then Live again.
  await lab.failNextRequests(1);
  expect(await lab.dropEventStreams()).toBe(1);
  await expect(eventsPage.channel('Reconnecting…')).toBeVisible();
  await expect(eventsPage.channel('Live')).toBeVisible({ timeout: 10_000 });

  // A new event after the reconnect appears once, and the old one is not handed on again.
  const secondCall = await lab.incomingCall(OUTSIDE, '2001');
  await expect(eventsPage.rows()).toHaveCount(2);
  await page.waitForTimeout(1500);
  await expect(eventsPage.rows()).toHaveCount(2);
  await expect(
    eventsPage.table.getByRole('button', { name: `Show the timeline of call ${secondCall}` }),
  ).toHaveCount(1);
  await expect(
    eventsPage.table.getByRole('button', { name: `Show the timeline of call ${firstCall}` }),
  ).toHaveCount(1);
});

test('pause freezes the log and counts what arrives; clear empties it', async ({
  lab,
  loginPage,
  consolePage,
  eventsPage,
  page,
}) => {
  await loginPage.signInToServices('oxe2002', '2002');
  await consolePage.section('Events').click();
  await expect(eventsPage.channel('Live')).toBeVisible();

  await eventsPage.pause.click();
  await lab.incomingCall(OUTSIDE, '2002');
  await expect(page.getByRole('status').filter({ hasText: /^Paused: [1-9]\d* new$/ })).toBeVisible();
  await expect(eventsPage.log).toContainText('Paused: no event on screen');
  await eventsPage.resume.click();
  await expect(eventsPage.rows('OnCallCreated oxe2002')).toHaveCount(1);

  await eventsPage.clear.click();
  await expect(eventsPage.rows()).toHaveCount(0);
  await expect(eventsPage.log).toContainText('No event yet');
});

test('ending the session deletes the subscription before the session', async ({
  loginPage,
  consolePage,
  eventsPage,
  page,
}) => {
  const deletes: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'DELETE') deletes.push(new URL(request.url()).pathname);
  });
  await loginPage.goto();
  await loginPage.signInAs('oxe2003', '2003');
  await expect(eventsPage.channel('Live')).toBeVisible();
  deletes.length = 0;
  await consolePage.endSession.click();
  await expect(page).toHaveURL(/\/login$/);
  expect(deletes).toEqual([
    expect.stringMatching(/\/api\/rest\/1\.0\/subscriptions\/[^/]+$/),
    expect.stringMatching(/\/api\/rest\/1\.0\/sessions$/),
  ]);
});
