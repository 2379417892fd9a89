import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';
import { LoginPage } from './pages/login-page';
import { TelephonyPage } from './pages/telephony-page';

// Every journey waits for what the screen shows, never for time: the call state arrives through the
// O2G's event channel, however long that takes.

test('as admin, 2001 calls 2002, 2002 answers, both are active, 2001 hangs up, both end', async ({
  loginPage,
  telephonyPage: phone,
  page,
}) => {
  await loginPage.signInToServices('admin', 'admin');
  await phone.open();
  await phone.pickCallFrom('2001');
  await expect(page).toHaveURL(/loginName=oxe2001/);
  await phone.dial('2002');
  await expect(page.getByText('Extension 2002 (Bruno Lefebvre).')).toBeVisible();
  await phone.call.click();

  await expect(phone.state('2002')).toHaveText('ringing');
  await expect(phone.row('2002')).toContainText('ringing · Alice Martin (2001)');
  await phone.button('2002', 'Answer').click();

  await expect(phone.state('2001')).toHaveText('active');
  await expect(phone.state('2002')).toHaveText('active');
  await expect(phone.row('2001')).toContainText('Busy');
  await expect(phone.row('2002')).toContainText('Busy');

  await phone.button('2001', 'Hang up').click();
  await expect(phone.calls('2001')).toHaveCount(0);
  await expect(phone.calls('2002')).toHaveCount(0);
  await expect(phone.row('2001')).toContainText('Free');
  await expect(phone.row('2002')).toContainText('Free');
  await expect(phone.row('2002')).toContainText('no call');
});

test('a trunk loopback call 91XXYYY2003 arrives at 2003 as an external call', async ({
  loginPage,
  telephonyPage: phone,
  page,
}) => {
  await loginPage.signInToServices('admin', 'admin');
  await phone.open();
  await phone.pickCallFrom('2001');
  await phone.loopback.getByRole('combobox', { name: 'Extension to reach' }).click();
  await page.getByRole('option', { name: '2003 Chloé Dubois' }).click();
  await phone.loopback.getByRole('button', { name: 'Use loopback number' }).click();
  await expect(phone.number).toHaveValue(/^91\d{5}2003$/);
  await expect(page.getByText(/Trunk loopback to 2003 .*external call/)).toBeVisible();
  await phone.call.click();

  await expect(phone.state('2003')).toHaveText('ringing');
  // 2003 sees the trunk's number, not Alice: the call came in from outside.
  await expect(phone.calls('2003').first()).toContainText(/external 91\d{5}2001/);
  await expect(phone.row('2003')).toContainText(/ringing · external 91/);
});

test('an invalid number gets a plain error and stays in the field', async ({
  loginPage,
  telephonyPage: phone,
  page,
}) => {
  await loginPage.signInToServices('admin', 'admin');
  await phone.open();
  await phone.pickCallFrom('2001');
  await phone.number.fill('2009');
  await expect(page.getByText(/2009 is not in the lab's dial plan/)).toBeVisible();
  await phone.call.click();
  await expect(phone.callError).toContainText('Invalid number');
  await expect(phone.callError).toContainText('2009 is not a number the PBX can call.');
  await expect(phone.number).toHaveValue('2009');
  await expect(phone.calls('2001')).toHaveCount(0);
});

async function signedIn(browser: Browser, loginName: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(loginName, password);
  await expect(page).toHaveURL(/\/services/);
  const phone = new TelephonyPage(page);
  await phone.open();
  return { context, phone };
}

test('oxe2001 and oxe2002, signed in separately, call each other', async ({ browser }) => {
  const alice = await signedIn(browser, 'oxe2001', '2001');
  const bruno = await signedIn(browser, 'oxe2002', '2002');
  try {
    await expect(alice.phone.page.getByText('Call from: your device 2001 (Alice Martin)')).toBeVisible();
    await alice.phone.number.fill('2002');
    await alice.phone.call.click();

    // Bruno's own session hears of the call from its own event channel.
    await expect(bruno.phone.state('2002')).toHaveText('ringing');
    await expect(bruno.phone.calls('2002').first()).toContainText('Alice Martin (2001)');
    await bruno.phone.button('2002', 'Answer').click();
    await expect(bruno.phone.state('2002')).toHaveText('active');
    await expect(alice.phone.state('2001')).toHaveText('active');
    // A user sees only its own state; the other extensions are call targets, with the reason said once.
    await expect(alice.phone.row('2002')).toContainText('Bruno Lefebvre');
    await expect(alice.phone.row('2002')).toContainText('State not shown');
    await expect(alice.phone.extensions).toHaveAccessibleDescription(/your own extension only/);

    await bruno.phone.button('2002', 'Hang up').click();
    await expect(alice.phone.calls('2001')).toHaveCount(0);
    await expect(bruno.phone.calls('2002')).toHaveCount(0);

    // And back: Bruno calls Alice, Alice hangs up while it rings.
    await bruno.phone.number.fill('2001');
    await bruno.phone.call.click();
    await expect(alice.phone.state('2001')).toHaveText('ringing');
    await alice.phone.button('2001', 'Hang up').click();
    await expect(bruno.phone.calls('2002')).toHaveCount(0);
    await expect(alice.phone.calls('2001')).toHaveCount(0);
  } finally {
    await alice.context.close();
    await bruno.context.close();
  }
});
