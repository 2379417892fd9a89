import type { Locator, Page } from '@playwright/test';

/** The signed-in console: its header, navigation and the pages behind it. */
export class ConsolePage {
  readonly session: Locator;
  readonly endSession: Locator;
  readonly sessionLost: Locator;
  readonly signInAgain: Locator;
  readonly servicesTable: Locator;

  constructor(readonly page: Page) {
    this.session = page.getByLabel('Session', { exact: true });
    this.endSession = page.getByRole('button', { name: 'End session' });
    this.sessionLost = page.getByRole('alert').filter({ hasText: 'Session lost' });
    this.signInAgain = page.getByRole('button', { name: 'Sign in again' });
    this.servicesTable = page.getByRole('table', { name: 'Services of this session' });
  }

  section(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name });
  }

  async openService(serviceName: string) {
    await this.section('Services').click();
    await this.servicesTable.getByRole('link', { name: serviceName, exact: true }).click();
  }
}
