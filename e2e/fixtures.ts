import { test as base } from '@playwright/test';
import { LoginPage } from './pages/login-page';

interface ConsolePages {
  loginPage: LoginPage;
}

/** The test object every journey uses: page objects come ready to use. */
export const test = base.extend<ConsolePages>({
  loginPage: async ({ page }, use) => {
    await use(new LoginPage(page));
  },
});

export { expect } from '@playwright/test';
