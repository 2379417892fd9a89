import type { Locator, Page } from '@playwright/test';

/** The telephony panel: dialler, extension grid and call cards, by roles and labels only. */
export class TelephonyPage {
  readonly callFrom: Locator;
  readonly number: Locator;
  readonly call: Locator;
  readonly extensions: Locator;
  readonly loopback: Locator;
  readonly callError: Locator;
  /** The calls of this session that ended, under the live ones. */
  readonly endedCalls: Locator;

  constructor(readonly page: Page) {
    this.callFrom = page.getByRole('combobox', { name: 'Call from' });
    this.number = page.getByRole('textbox', { name: 'Number to call' });
    this.call = page.getByRole('button', { name: 'Call', exact: true });
    this.extensions = page.getByRole('table', { name: 'Lab extensions' });
    this.loopback = page.getByRole('group', { name: 'Trunk loopback builder' });
    this.callError = page.getByRole('region', { name: 'Make a call' }).getByRole('alert');
    this.endedCalls = page.getByRole('region', { name: 'Ended calls' });
  }

  /** Opens the panel from the navigation (a reload would end the in-memory session). */
  async open() {
    await this.page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'Telephony' })
      .click();
    await this.extensions.waitFor();
  }

  /** An administrator picks the extension to call from (act-as). */
  async pickCallFrom(extension: string) {
    await this.callFrom.click();
    await this.page.getByRole('option', { name: new RegExp(`^${extension} `) }).click();
  }

  async dial(number: string) {
    for (const key of number) await this.page.getByRole('button', { name: `Dial ${key}` }).click();
  }

  row(extension: string): Locator {
    return this.extensions.getByRole('row', { name: `Extension ${extension}` });
  }

  /** The calls shown for an extension. */
  calls(extension: string): Locator {
    return this.page
      .getByRole('region', { name: `Calls of ${extension}` })
      .getByRole('group', { name: /^Call / });
  }

  state(extension: string): Locator {
    return this.calls(extension)
      .first()
      .getByLabel(/^State: /);
  }

  button(
    extension: string,
    name: 'Answer' | 'Hold' | 'Retrieve' | 'Hang up' | 'Transfer to held call' | 'Conference with held call',
  ): Locator {
    return this.calls(extension)
      .first()
      .getByRole('button', { name: `${name} (${extension})` });
  }

  /** The call of an extension that is in one state, e.g. `held` while another is `active`. */
  callIn(extension: string, state: string): Locator {
    return this.calls(extension).filter({ has: this.page.getByLabel(`State: ${state}`, { exact: true }) });
  }
}
