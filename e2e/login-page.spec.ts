import { expect, test } from './fixtures';

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
