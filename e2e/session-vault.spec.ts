import { expect, test } from './fixtures';
import { EventsPage } from './pages/events-page';

const OUTSIDE = '0611223344';

test('a session survives a reload and a new tab, and "End session" in one tab ends it in all', async ({
  lab,
  loginPage,
  consolePage,
  eventsPage,
  page,
  context,
}) => {
  // A long journey over two tabs, on a machine that may be busy.
  test.setTimeout(90_000);
  await loginPage.goto();
  await loginPage.signInAs('oxe2001', '2001');
  await expect(page).toHaveURL(/\/services$/, { timeout: 20_000 });
  await consolePage.section('Telephony').click();
  await expect(page).toHaveURL(/\/telephony$/);

  // F5: no password asked, the same page, the same O2G session, the event channel open again.
  await page.reload();
  await expect(page).toHaveURL(/\/telephony$/);
  await expect(consolePage.session).toContainText('oxe2001');
  await expect(eventsPage.channel('Live')).toBeVisible({ timeout: 10_000 });
  expect(await lab.sessionsOf('oxe2001')).toBe(1);
  await consolePage.section('Events').click();
  await lab.incomingCall(OUTSIDE, '2001');
  await expect(eventsPage.rows('OnCallCreated oxe2001')).toHaveCount(1);
  await lab.hangUp('2001');

  // A shared link opened in a second tab: signed in there too, still one session on the O2G.
  const second = await context.newPage();
  await second.goto('/voicemail');
  await expect(second).toHaveURL(/\/voicemail$/);
  await expect(second.getByLabel('Session', { exact: true })).toContainText('oxe2001');
  await expect(new EventsPage(second).channel('Live')).toBeVisible({ timeout: 10_000 });
  expect(await lab.sessionsOf('oxe2001')).toBe(1);

  // "End session" in the first tab: both tabs at the sign-in page, the O2G session deleted.
  await consolePage.endSession.click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(second).toHaveURL(/\/login(\?|$)/);
  expect(await lab.sessionsOf('oxe2001')).toBe(0);
  // And a reload stays signed out: the handle is gone with the session.
  await second.goto('/telephony');
  await expect(second).toHaveURL(/\/login\?from=%2Ftelephony$/);
});

test('closing every tab ends the O2G session once the proxy has seen no tab for its idle delay', async ({
  lab,
  loginPage,
  page,
}) => {
  // The e2e console runs with a 10 s idle delay (playwright.config.ts).
  test.setTimeout(60_000);
  await loginPage.goto();
  await loginPage.signInAs('oxe2002', '2002');
  await expect(page).toHaveURL(/\/services$/, { timeout: 20_000 });
  expect(await lab.sessionsOf('oxe2002')).toBe(1);
  await page.close();
  await expect.poll(() => lab.sessionsOf('oxe2002'), { timeout: 40_000 }).toBe(0);
});
