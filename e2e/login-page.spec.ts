import { expect, test } from './fixtures';
import { E2E_PORTS } from './lab-ports';

test('the console opens on a labelled sign-in page', async ({ page, loginPage }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page).toHaveTitle('O2G Console');
  await expect(loginPage.heading).toBeVisible();
  await expect(loginPage.server).toHaveValue('Embedded lab');
  await expect(loginPage.login).toBeEditable();
  await expect(loginPage.password).toBeEditable();
  await expect(loginPage.applicationName).toHaveValue('O2G-Console');
});

test('a sign-in with nothing typed says what is missing', async ({ loginPage, page }) => {
  await loginPage.goto();
  await loginPage.signIn.click();
  await expect(page.getByText('Enter your O2G login')).toBeVisible();
  await expect(page.getByText('Enter your password')).toBeVisible();
});

test('the theme switch toggles dark mode', async ({ page, loginPage }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await loginPage.goto();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
});

test("the server picker offers the proxy's --target servers after the embedded lab", async ({
  page,
  loginPage,
}) => {
  await loginPage.goto();
  // The browser draws a datalist's suggestions itself: what the input offers is its list's options.
  const listId = await loginPage.server.getAttribute('list');
  const offered = page.locator(`datalist[id="${listId}"] option`);
  await expect(offered.nth(0)).toHaveAttribute('value', 'Embedded lab');
  await expect(offered.nth(1)).toHaveAttribute('value', `http://127.0.0.1:${E2E_PORTS.deadO2g}`);
  await expect(offered).toHaveCount(2);
});
