import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';
import { LoginPage } from './pages/login-page';
import { TelephonyPage } from './pages/telephony-page';

// The lab's clock stands in for waiting: past the 20 s ring timeout, and the seconds the caller speaks.
const RING_TIMEOUT_SECONDS = 20;
const CHLOE = 'Chloé Dubois (2003)';

async function signedIn(browser: Browser, loginName: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs(loginName, password);
  await expect(page).toHaveURL(/\/services/);
  return { context, page };
}

test('2003 calls 2001, nobody answers, 2003 leaves a message; 2001 hears of it live, plays, marks heard and deletes it', async ({
  lab,
  loginPage,
  voicemailPage: voicemail,
  page,
}) => {
  await loginPage.signInToServices('oxe2001', '2001');
  await voicemail.open();
  await expect(voicemail.waiting).toHaveText('No new voice message for oxe2001.');
  await voicemail.useUserPassword.click();
  await expect(voicemail.noMessages).toBeVisible();
  await expect(voicemail.counter('New messages', 0)).toBeVisible();
  // No message waiting: the header has no lamp at all.
  await expect(voicemail.badge(/Message waiting/)).toHaveCount(0);

  // Chloé, in her own browser, calls Alice; Alice's phone rings out and the voicemail answers.
  const chloe = await signedIn(page.context().browser() as Browser, 'oxe2003', '2003');
  try {
    const phone = new TelephonyPage(chloe.page);
    await phone.open();
    await phone.number.fill('2001');
    await phone.call.click();
    await expect(phone.state('2003')).toHaveText('ringing out');
    await lab.advanceClock(RING_TIMEOUT_SECONDS + 1);
    await expect(phone.state('2003')).toHaveText('active');
    await lab.advanceClock(5);
    await phone.button('2003', 'Hang up').click();
    await expect(phone.calls('2003')).toHaveCount(0);
  } finally {
    await chloe.context.close();
  }

  // Alice's page did nothing: the new message arrives through OnEventSummaryUpdated.
  await expect(voicemail.message(CHLOE)).toBeVisible();
  await expect(voicemail.message(CHLOE)).toContainText('new');
  // 5 s of lab clock, plus the real seconds the lab's clock also runs while the test clicks.
  await expect(voicemail.message(CHLOE)).toContainText(/0:(0[5-9]|1\d)/);
  await expect(voicemail.counter('New messages', 1)).toBeVisible();
  await expect(voicemail.counter('Total messages', 1)).toBeVisible();
  await expect(voicemail.badge('Message waiting for oxe2001: 1 new voice message')).toHaveText(
    'oxe2001: 1 new',
  );

  // Marked heard first: playing downloads the message, which the O2G itself counts as listening, so
  // after a play there would be nothing left to mark.
  await voicemail.button(CHLOE, 'Mark heard:').click();
  await expect(voicemail.message(CHLOE)).toContainText('heard');
  await expect(voicemail.counter('New messages', 0)).toBeVisible();
  await expect(voicemail.counter('Total messages', 1)).toBeVisible();
  await expect(voicemail.badge(/Message waiting/)).toHaveCount(0);

  await voicemail.button(CHLOE, 'Play').click();
  await expect(voicemail.audio).toHaveAttribute('src', /^blob:/);
  await expect
    .poll(() => voicemail.audio.evaluate((audio: HTMLAudioElement) => audio.duration))
    .toBeGreaterThan(0);

  await voicemail.button(CHLOE, 'Delete').click();
  await expect(voicemail.deleteDialog).toContainText(CHLOE);
  await voicemail.deleteDialog.getByRole('button', { name: 'Delete' }).click();
  await expect(voicemail.deleteDialog).toBeHidden();
  await expect(voicemail.noMessages).toBeVisible();
  await expect(voicemail.counter('Total messages', 0)).toBeVisible();
  await expect(voicemail.player).toBeHidden();
  const alice = (await lab.state()).users.find((user) => user.loginName === 'oxe2001');
  expect(alice?.mailbox).toMatchObject({ messages: 0, unread: 0 });
  await expect(voicemail.badge(/Message waiting/)).toHaveCount(0);
});

test('2004 has no mailbox: the panel says so, and the shell shows no lamp', async ({
  loginPage,
  voicemailPage: voicemail,
}) => {
  await loginPage.signInToServices('oxe2004', '2004');
  await voicemail.open();
  await expect(voicemail.noMailbox).toBeVisible();
  await expect(voicemail.error).toHaveCount(0);
  await expect(voicemail.callVoicemail).toHaveCount(0);
  await expect(voicemail.badge(/voice message/)).toHaveCount(0);
});

test('a wrong mailbox password is a plain error; the right one opens the mailbox', async ({
  loginPage,
  voicemailPage: voicemail,
  page,
}) => {
  await loginPage.signInToServices('oxe2002', '2002');
  await voicemail.open();
  await voicemail.mailboxPassword.fill('0000');
  await voicemail.connect.click();
  await expect(voicemail.error).toContainText('Wrong mailbox password');
  await expect(voicemail.mailboxPassword).toHaveValue('');
  await voicemail.mailboxPassword.fill('1234');
  await voicemail.connect.click();
  await expect(voicemail.noMessages).toBeVisible();
  await expect(page.locator('body')).not.toContainText('1234');
});

test('"Call voicemail (1999)" calls from the user\'s own extension, and the call shows in Telephony', async ({
  loginPage,
  voicemailPage: voicemail,
  telephonyPage: phone,
  page,
}) => {
  await loginPage.signInToServices('admin', 'admin');
  await voicemail.open();
  await page.getByRole('combobox', { name: 'Act as' }).click();
  await page.getByRole('option', { name: 'oxe2002' }).click();
  await expect(page).toHaveURL(/loginName=oxe2002/);
  await voicemail.callVoicemail.click();
  await expect(page.getByText('Calling 1999 from 2002')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Telephony' }).click();
  await expect(phone.state('2002')).toHaveText('active');
  await expect(phone.calls('2002').first()).toContainText('1999');
});
