import type { Locator, Page } from '@playwright/test';

/** A service page: its "Act as" picker, its read panels and their answers, by roles and labels only. */
export class ServicePage {
  readonly actAs: Locator;

  constructor(readonly page: Page) {
    this.actAs = page.getByRole('combobox', { name: 'Act as' });
  }

  heading(serviceName: string): Locator {
    return this.page.getByRole('heading', { name: serviceName, level: 1 });
  }

  /** The panel of one read, named by its button. */
  read(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
  }

  answer(label: string): Locator {
    return this.page.getByRole('region', { name: `Answer: ${label}` });
  }

  async pickActAs(loginName: string) {
    await this.actAs.click();
    await this.page.getByRole('option', { name: loginName, exact: true }).click();
  }

  /** Runs a read, filling its fields first, and returns its panel. */
  async runRead(label: string, fields: Record<string, string> = {}): Promise<Locator> {
    const panel = this.read(label);
    for (const [name, value] of Object.entries(fields)) {
      await panel.getByRole('textbox', { name }).fill(value);
    }
    await panel.getByRole('button', { name: label }).click();
    return panel;
  }
}
