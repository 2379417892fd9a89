import { expect, test } from './fixtures';
import { withSpareLab } from './spawned-lab';

// Things break while a lab console is in use. Each journey checks the same three promises: a clear
// message, a working way back, and nothing lost (typed input kept, no event handled twice, no button
// left busy).

const OUTSIDE = '0611223344';

withSpareLab(
  'an O2G killed mid-session is told unreachable; back as a fresh lab, the way in is one sign-in away',
  async ({ spareLab, loginPage, consolePage, eventsPage, page }) => {
    test.setTimeout(90_000);
    await spareLab.start();
    await loginPage.goto();
    await loginPage.signInAs('oxe2001', '2001', spareLab.origin);
    await expect(page).toHaveURL(/\/services$/);
    await expect(eventsPage.channel('Live')).toBeVisible();
    await consolePage.openService('Users');
    const path = page.getByRole('textbox', { name: 'Path under the service' });
    const send = page.getByRole('button', { name: 'Send' });
    await path.fill('/oxe2001');

    await spareLab.kill();
    // The event channel finds out first, by itself, and says it in plain words.
    await expect(eventsPage.channel('O2G unreachable')).toBeVisible({ timeout: 15_000 });
    // The next request is told the same, and nothing stays busy.
    await send.click();
    const failure = page.getByRole('alert').filter({ hasText: 'Server unreachable' });
    await expect(failure).toContainText(
      `The O2G at ${spareLab.origin} could not be reached: nothing accepts connections at that address.`,
    );
    await expect(send).toBeEnabled();
    await expect(send).toHaveAttribute('aria-busy', 'false');
    await expect(path).toHaveValue('/oxe2001');
    // Unreachable is not lost: the session may still live when the O2G comes back.
    await expect(consolePage.sessionLost).toHaveCount(0);

    // It comes back as a fresh lab that knows no session: the next request finds out.
    await spareLab.start();
    await send.click();
    await expect(consolePage.sessionLost).toBeVisible();
    await expect(eventsPage.channel('Events off')).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

    await consolePage.signInAgain.click();
    await expect(page).toHaveURL(/\/login\?from=%2Fservices%2FUsers$/);
    await expect(loginPage.server).toHaveValue(spareLab.origin);
    await expect(loginPage.login).toHaveValue('oxe2001');
    await loginPage.password.fill('2001');
    await loginPage.signIn.click();
    await expect(page).toHaveURL(/\/services\/Users$/);
    await expect(eventsPage.channel('Live')).toBeVisible();
    await path.fill('/oxe2001');
    await send.click();
    await expect(page.getByRole('tree', { name: 'Answer body' })).toContainText('"loginName": "oxe2001"');
  },
);

test('a dropped event stream comes back; a call made meanwhile shows once in the panel and the log', async ({
  lab,
  loginPage,
  consolePage,
  telephonyPage: phone,
  eventsPage,
  page,
}) => {
  await loginPage.signInToServices('oxe2001', '2001');
  await phone.open();
  await expect(eventsPage.channel('Live')).toBeVisible();

  // The stream drops, and the lab refuses the next reopens: the channel stays down for a few seconds.
  await lab.failNextRequests(3);
  expect(await lab.dropEventStreams()).toBe(1);
  await expect(eventsPage.channel('Reconnecting…')).toBeVisible();
  const callRef = await lab.incomingCall(OUTSIDE, '2001');
  await expect(eventsPage.channel('Reconnecting…')).toBeVisible();

  await expect(eventsPage.channel('Live')).toBeVisible({ timeout: 15_000 });
  await expect(phone.state('2001')).toHaveText('ringing');
  // The call reached the panel twice (the replayed event, the states read again): it shows once.
  await page.waitForTimeout(1500);
  await expect(phone.calls('2001')).toHaveCount(1);
  await consolePage.section('Events').click();
  await expect(eventsPage.rows('OnCallCreated oxe2001')).toHaveCount(1);
  await expect(
    eventsPage.table.getByRole('button', { name: `Show the timeline of call ${callRef}` }),
  ).toHaveCount(1);

  // The reopened channel carries what follows.
  await lab.hangUp('2001');
  await expect(eventsPage.rows('OnCallRemoved oxe2001')).toHaveCount(1);
});

test('a slow O2G shows loaders and busy buttons until the answers arrive, then nothing is left busy', async ({
  lab,
  loginPage,
  consolePage,
  servicePage,
  telephonyPage: phone,
  page,
}) => {
  test.setTimeout(60_000);
  await loginPage.signInToServices('oxe2001', '2001');
  await consolePage.openService('Users');

  // A read: its button is busy (with a loader) for the three seconds, then the answer shows.
  const read = 'Read the supported languages';
  const button = servicePage.read(read).getByRole('button', { name: read });
  await lab.delayNextRequests(3000);
  await button.click();
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toBeDisabled();
  await expect(servicePage.answer(read)).toContainText('HTTP 200', { timeout: 10_000 });
  await expect(button).toHaveAttribute('aria-busy', 'false');
  await expect(button).toBeEnabled();

  // A panel's first load says what it waits for.
  await lab.delayNextRequests(3000, 2);
  await page
    .getByRole('navigation', { name: 'Console sections' })
    .getByRole('link', { name: 'Telephony' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the lab’s extensions…' })).toBeVisible();
  await expect(phone.extensions).toBeVisible({ timeout: 20_000 });

  // A call: Call is busy until the O2G answers, then the call shows.
  await phone.number.fill('2002');
  await lab.delayNextRequests(3000);
  await phone.call.click();
  await expect(phone.call).toHaveAttribute('aria-busy', 'true');
  await expect(phone.state('2001')).toHaveText(/ringing|dialing|active/, { timeout: 10_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Calling 2002' })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
});

test('a burst of 503s is told in plain words and retried by hand, and what was typed stays', async ({
  lab,
  loginPage,
  consolePage,
  servicePage,
  telephonyPage: phone,
  page,
}) => {
  test.setTimeout(60_000);
  await loginPage.signInToServices('admin', 'admin');
  await consolePage.openService('Users');
  await expect(servicePage.actAs).toBeVisible();

  // A read with a typed parameter: three 503s, each told and retried, then the answer.
  const read = 'Find the user of a number';
  const panel = servicePage.read(read);
  const number = panel.getByRole('textbox', { name: 'Company number' });
  await number.fill('2002');
  await lab.failNextRequests(3, 503);
  for (let left = 2; left >= 0; left -= 1) {
    await panel.getByRole('button', { name: read }).click();
    await expect.poll(async () => (await lab.faultsLeft()).failNext).toBe(left);
    const failure = panel.getByRole('alert');
    await expect(failure).toContainText('O2G error (HTTP 503)');
    await expect(failure).toContainText('The O2G may be busy or restarting: try again in a moment.');
    await expect(number).toHaveValue('2002');
  }
  await panel.getByRole('button', { name: read }).click();
  await expect(servicePage.answer(read)).toContainText('"loginName": "oxe2002"');
  await expect(panel.getByRole('alert')).toHaveCount(0);

  // A call: three 503s on Call, the number stays each time, the fourth try rings 2002 once.
  await phone.open();
  // Acting for oxe2001, the header's message-waiting lamp reads its counters: that read goes before the
  // faults, so they fall on Call only.
  const countersRead = page.waitForResponse((response) =>
    response.url().includes('/eventSummary?loginName=oxe2001'),
  );
  await phone.pickCallFrom('2001');
  await phone.number.fill('2002');
  await countersRead;
  await lab.failNextRequests(3, 503);
  for (let left = 2; left >= 0; left -= 1) {
    await phone.call.click();
    await expect.poll(async () => (await lab.faultsLeft()).failNext).toBe(left);
    await expect(phone.callError).toContainText('O2G error');
    await expect(phone.callError).toContainText('try again in a moment');
    await expect(phone.number).toHaveValue('2002');
    await expect(phone.call).toBeEnabled();
  }
  await phone.call.click();
  await expect(phone.state('2002')).toHaveText('ringing');
  await expect(phone.calls('2001')).toHaveCount(1);
  await expect(phone.calls('2002')).toHaveCount(1);
  await expect(phone.callError).toHaveCount(0);
});

test('a session deleted on the O2G: the banner, events off, and one sign-in brings everything back', async ({
  lab,
  loginPage,
  consolePage,
  telephonyPage: phone,
  eventsPage,
  page,
}) => {
  await loginPage.signInToServices('oxe2003', '2003');
  await phone.open();
  await expect(eventsPage.channel('Live')).toBeVisible();
  await phone.number.fill('2002');

  // A reset of the lab ends every session on the O2G; the event channel finds out by itself.
  await lab.reset();
  await expect(consolePage.sessionLost).toBeVisible({ timeout: 10_000 });
  await expect(consolePage.sessionLost).toContainText('The O2G no longer knows this session');
  await expect(eventsPage.channel('Events off')).toBeVisible();
  // A request now is told the same; the number stays, nothing spins.
  await phone.call.click();
  await expect(phone.callError).toContainText('Session ended');
  await expect(phone.number).toHaveValue('2002');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

  await consolePage.signInAgain.click();
  await expect(page).toHaveURL(/\/login\?from=%2Ftelephony$/);
  await expect(loginPage.server).toHaveValue('Embedded lab');
  await expect(loginPage.login).toHaveValue('oxe2003');
  await loginPage.password.fill('2003');
  await loginPage.signIn.click();
  await expect(page).toHaveURL(/\/telephony$/);
  await expect(eventsPage.channel('Live')).toBeVisible();
  await expect(consolePage.sessionLost).toHaveCount(0);
  expect(await lab.sessionsOf('oxe2003')).toBe(1);

  await phone.number.fill('2002');
  await phone.call.click();
  await expect(phone.calls('2003')).toHaveCount(1);
  await expect(phone.state('2003')).toHaveText(/ringing|dialing|active/);
});
