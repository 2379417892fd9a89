import { expect, test } from './fixtures';

// A message belongs to the attempt that made it: the next input or attempt clears or replaces it.

test('"Wrong login or password" and its ladder go once the fields are edited', async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs('oxe2001', 'not-the-password');
  await expect(loginPage.error).toContainText(/password/i);
  await expect(loginPage.ladder).toBeVisible();

  await loginPage.password.clear();
  await expect(loginPage.error).toHaveCount(0);
  await expect(loginPage.ladder).toHaveCount(0);

  // A new attempt tells its own outcome.
  await loginPage.password.fill('2001');
  await loginPage.signIn.click();
  await expect(loginPage.page).toHaveURL(/\/services(\?|$)/);
});
