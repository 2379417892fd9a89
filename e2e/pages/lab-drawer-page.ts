import type { Locator, Page } from '@playwright/test';

/** The Lab drawer (embedded lab with --controls only): the header's button, the drawer, its controls. */
export class LabDrawerPage {
  readonly button: Locator;
  readonly drawer: Locator;
  /** What the last action is doing or did, in words. */
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Lab', exact: true });
    this.drawer = page.getByRole('dialog', { name: 'Lab controls' });
    this.outcome = this.drawer.getByRole('status', { name: 'Lab action' });
  }

  async open() {
    await this.button.click();
    await this.drawer.getByRole('region', { name: 'Phones' }).waitFor();
  }

  /** Picks the extension the drawer plays. */
  async playAs(extension: string) {
    await this.drawer.getByRole('combobox', { name: 'Extension', exact: true }).click();
    await this.drawer.getByRole('option', { name: new RegExp(`^${extension} `) }).click();
  }

  control(name: string): Locator {
    return this.drawer.getByRole('button', { name, exact: true });
  }

  toggle(name: 'Busy' | 'Out of service'): Locator {
    return this.drawer.getByRole('switch', { name, exact: true });
  }
}
