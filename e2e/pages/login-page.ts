import { expect, type Locator, type Page } from '@playwright/test';

/** The sign-in page, found by roles and labels only. */
export class LoginPage {
  readonly heading: Locator;
  readonly server: Locator;
  readonly login: Locator;
  readonly password: Locator;
  readonly applicationName: Locator;
  readonly signIn: Locator;
  readonly error: Locator;
  readonly ladder: Locator;
  readonly labAccounts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Sign in' });
    this.server = page.getByRole('combobox', { name: 'O2G server' });
    this.login = page.getByRole('textbox', { name: 'Login' });
    // Mantine appends " *" to a required label's text; the accessible name leaves it out.
    this.password = page.getByRole('textbox', { name: 'Password' });
    this.applicationName = page.getByRole('textbox', { name: 'Application name' });
    this.signIn = page.getByRole('button', { name: 'Sign in' });
    this.error = page.getByRole('alert');
    this.ladder = page.getByLabel('Sign-in handshake');
    this.labAccounts = page.getByRole('table', { name: 'Embedded lab accounts' });
  }

  async goto() {
    await this.page.goto('/login');
  }

  /** Signs in on the embedded lab (or `server`) and waits for the answer, whatever it is. */
  async signInAs(loginName: string, password: string, server?: string) {
    if (server !== undefined) await this.server.fill(server);
    await this.login.fill(loginName);
    await this.password.fill(password);
    await this.signIn.click();
  }

  /** Opens the sign-in page, signs in on the embedded lab and waits for the services page. */
  async signInToServices(loginName: string, password: string) {
    await this.goto();
    await this.signInAs(loginName, password);
    await expect(this.page).toHaveURL(/\/services(\?|$)/);
  }
}
