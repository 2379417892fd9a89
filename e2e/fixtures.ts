import { test as base } from '@playwright/test';
import { ConsolePage } from './pages/console-page';
import { LoginPage } from './pages/login-page';

interface ConsolePages {
  loginPage: LoginPage;
  consolePage: ConsolePage;
}

/** The test object every journey uses: page objects come ready to use. */
export const test = base.extend<ConsolePages>({
  loginPage: async ({ page }, use) => {
    await use(new LoginPage(page));
  },
  consolePage: async ({ page }, use) => {
    await use(new ConsolePage(page));
  },
});

export { expect } from '@playwright/test';
