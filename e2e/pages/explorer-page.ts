import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The service explorer: its operation list, the jump box, an operation's form and its answer. */
export class ExplorerPage {
  readonly heading: Locator;
  readonly actAs: Locator;
  readonly operations: Locator;
  readonly answer: Locator;
  readonly send: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Service explorer', level: 1 });
    this.actAs = page.getByRole('combobox', { name: 'Act as' });
    this.operations = page.getByRole('navigation', { name: 'Services and operations' }).first();
    this.answer = page.getByRole('region', { name: 'Answer' });
    this.send = page.getByRole('button', { name: 'Send', exact: true });
  }

  async pickActAs(loginName: string) {
    await this.actAs.click();
    await this.page.getByRole('option', { name: loginName, exact: true }).click();
  }

  /** An operation's link in the side list; its name starts with its method (`DELETE Release a call…`). */
  operationLink(summary: string): Locator {
    const escaped = summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.operations.getByRole('link', { name: new RegExp(`^(GET|POST|PUT|DELETE) ${escaped}$`) });
  }

  /** Opens an operation from the side list: its service unfolds, then the operation's link. */
  async openOperation(serviceName: string, summary: string) {
    const link = this.operationLink(summary);
    if (!(await link.isVisible())) {
      await this.operations.getByRole('button', { name: new RegExp(`^${serviceName}\\b`) }).click();
    }
    await link.click();
    await this.page.getByRole('heading', { name: summary, level: 2 }).waitFor();
  }

  /** Ctrl+K, a few words, Enter: the first match opens. */
  async jumpTo(words: string) {
    await this.page.keyboard.press('Control+k');
    await this.page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill(words);
    await this.page.keyboard.press('Enter');
  }

  field(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  /** A picker of the body form (its label may carry a note after the name, e.g. `forwardType optional`). */
  picker(name: string): Locator {
    return this.page.getByRole('combobox', { name: new RegExp(`^${name}\\b`) });
  }

  /** The one-click fill of `field` with a value an earlier answer carried. */
  carried(kind: string, value: string | RegExp, field = kind): Locator {
    const shown = typeof value === 'string' ? value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : value.source;
    return this.page.getByRole('button', { name: new RegExp(`^Use ${kind} ${shown} for ${field}$`) });
  }

  /** Sends the form and waits for the answer's status line. */
  async sendExpecting(status: string) {
    await this.send.click();
    await expect(this.answer).toContainText(`HTTP ${status}`);
  }

  /** The answer's raw text (the Raw tab). */
  async rawAnswer(): Promise<Locator> {
    await this.answer.getByRole('tab', { name: 'Raw' }).click();
    return this.answer.getByLabel('Answer text');
  }
}
