import { expect, test } from './fixtures';

// Keyboard only: where focus lands, what Tab reaches and what Enter sends.

test('sign-in by keyboard: the picker stays shut on focus, the eye is a Tab stop, focus lands on the page heading', async ({
  loginPage,
  page,
}) => {
  await loginPage.goto();
  await expect(loginPage.heading).toBeVisible();

  // The first Tab stop skips the header, to the page's heading.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(loginPage.heading).toBeFocused();

  // Focus passing through the server picker does not open its suggestions over the Login field (they are
  // the browser's own datalist, which opens on a click, typing or the down arrow).
  await loginPage.server.focus();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(loginPage.login).toBeFocused();
  await page.keyboard.type('admin');
  await page.keyboard.press('Tab');
  await expect(loginPage.password).toBeFocused();
  await page.keyboard.type('admin');
  await page.keyboard.press('Tab');
  const eye = page.getByRole('button', { name: /password/i }).first();
  await expect(eye).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('textbox', { name: 'Password' })).toHaveAttribute('type', 'text');

  await loginPage.signIn.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeFocused();

  // Every route change: focus moves to the new page's heading.
  await page
    .getByRole('navigation', { name: 'Console sections' })
    .getByRole('link', { name: 'Telephony' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Telephony' })).toBeFocused();
  await page
    .getByRole('navigation', { name: 'Console sections' })
    .getByRole('link', { name: 'Events' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeFocused();
});

test('a read is sent with Ctrl+Enter from any field, and with Enter from its only field', async ({
  loginPage,
  consolePage,
  servicePage,
}) => {
  await loginPage.signInToServices('oxe2001', '2001');
  await consolePage.openService('Users');
  await expect(servicePage.heading('Users')).toBeVisible();

  const read = servicePage.read('Read the user');
  await read.getByRole('textbox', { name: 'Login name' }).fill('oxe2001');
  await read.getByRole('textbox', { name: 'Login name' }).press('Enter');
  await expect(servicePage.answer('Read the user')).toContainText('HTTP 200');

  await read.getByRole('textbox', { name: 'Login name' }).fill('oxe2002');
  await read.getByRole('textbox', { name: 'Login name' }).press('ControlOrMeta+Enter');
  await expect(servicePage.answer('Read the user')).toContainText('users/oxe2002');
});
