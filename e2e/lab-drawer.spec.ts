import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LabDrawerPage } from './pages/lab-drawer-page';
import { withSpareLab } from './spawned-lab';

// One person plays both sides: Alice calls from the console, the Lab drawer is Bruno's or Chloé's phone.
// The e2e run starts the lab with --controls; the drawer's absence without them is proved by the proxy's
// route test and the console's own check (src/o2g/proxy-targets.test.ts), and against a real O2G below.

async function signInAsAlice(
  page: Page,
  loginPage: { signInToServices: (l: string, p: string) => Promise<void> },
) {
  await loginPage.signInToServices('oxe2001', '2001');
  const lab = new LabDrawerPage(page);
  await expect(lab.button).toBeVisible();
  return lab;
}

test('Alice calls 2002, answers and hangs up as 2002 from the Lab drawer, and sees the call go', async ({
  loginPage,
  telephonyPage: phone,
  page,
}) => {
  const lab = await signInAsAlice(page, loginPage);
  await phone.open();
  await phone.number.fill('2002');
  await phone.call.click();
  await expect(phone.calls('2001')).toHaveCount(1);

  await lab.open();
  await lab.playAs('2002');
  await lab.control('Answer as 2002').click();
  await expect(lab.outcome).toHaveText('2002 answered the call.');
  // Escape closes the drawer and gives the focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(lab.drawer).toBeHidden();
  await expect(lab.button).toBeFocused();
  // The console learns it from the O2G's event channel, as from a real phone.
  await expect(phone.state('2001')).toHaveText('active');

  await lab.open();
  await lab.playAs('2002');
  await lab.control('Hang up as 2002').click();
  await expect(lab.outcome).toHaveText('2002 hung up.');
  await page.keyboard.press('Escape');
  await expect(phone.calls('2001')).toHaveCount(0);
});

test('a phone made busy in the Lab drawer refuses Alice\u2019s call with cause BUSY', async ({
  loginPage,
  telephonyPage: phone,
  eventsPage,
  consolePage,
  page,
}) => {
  const lab = await signInAsAlice(page, loginPage);
  await phone.open();
  await lab.open();
  await lab.playAs('2003');
  await lab.toggle('Busy').click();
  await expect(lab.outcome).toHaveText('2003 is busy: calls to it are refused.');
  await expect(lab.toggle('Busy')).toBeChecked();
  await page.keyboard.press('Escape');

  await phone.number.fill('2003');
  await phone.call.click();
  await consolePage.section('Events').click();
  const removed = eventsPage.rows('OnCallRemoved oxe2001');
  await expect(removed).toHaveCount(1);
  await removed.getByRole('button', { name: /^Show the timeline/ }).click();
  await expect(eventsPage.timeline.getByText(/cause BUSY/)).toBeVisible();
});

test('the Lab drawer is usable by keyboard alone, at phone width, in the dark theme', async ({
  loginPage,
  page,
}) => {
  // An axe-core scan takes its time on two cores; the journey itself waits on nothing slow.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const lab = await signInAsAlice(page, loginPage);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await lab.button.focus();
  await page.keyboard.press('Enter');
  await expect(lab.drawer).toBeVisible();
  // Once it has slid in, the drawer fits the phone's width: nothing of it is off screen.
  await expect
    .poll(async () => {
      const box = await lab.drawer.boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 390 + 1;
    })
    .toBe(true);
  await expect(lab.drawer.getByRole('region', { name: 'Phones' })).toBeVisible();
  // Readable and named in the dark theme: no serious or critical axe-core finding with the drawer open.
  const scan = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = scan.violations.filter(
    (found) => found.impact === 'serious' || found.impact === 'critical',
  );
  expect(
    blocking.map((found) => `${found.id}: ${found.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  // Tab never leaves the drawer (focus trap), whichever way round.
  for (let step = 0; step < 25; step += 1) {
    await page.keyboard.press('Tab');
    expect(await lab.drawer.evaluate((drawer) => drawer.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await lab.drawer.evaluate((drawer) => drawer.contains(document.activeElement))).toBe(true);

  // Drop the event channel with the keyboard: the result shows, the console reconnects by itself.
  await lab.control('Drop the event channel').focus();
  await page.keyboard.press('Enter');
  await expect(lab.outcome).toHaveText(/event channels? (was|were) cut; the console reconnects by itself\./);
  await page.keyboard.press('Escape');
  await expect(lab.drawer).toBeHidden();
  await expect(lab.button).toBeFocused();
  await expect(page.getByRole('status', { name: 'Event channel: Live' })).toBeVisible();
});

withSpareLab(
  'against an O2G that is not the embedded lab, the console offers no Lab drawer',
  async ({ spareLab, loginPage, consolePage, page }) => {
    await spareLab.start();
    await loginPage.goto();
    await loginPage.signInAs('oxe2001', '2001', spareLab.origin);
    await expect(consolePage.servicesTable).toBeVisible();
    await expect(consolePage.endSession).toBeVisible();
    await expect(new LabDrawerPage(page).button).toHaveCount(0);
  },
);
