import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Events page: the live log, its filters, pause, clear, export, and the call timeline; the shell's badge. */
export class EventsPage {
  readonly heading: Locator;
  readonly log: Locator;
  readonly table: Locator;
  readonly pause: Locator;
  readonly resume: Locator;
  readonly clear: Locator;
  readonly exportNdjson: Locator;
  readonly timeline: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Events', level: 1 });
    this.log = page.getByRole('region', { name: 'Event log' });
    this.table = page.getByRole('table', { name: 'Events' });
    this.pause = page.getByRole('button', { name: 'Pause' });
    this.resume = page.getByRole('button', { name: 'Resume' });
    this.clear = page.getByRole('button', { name: 'Clear' });
    this.exportNdjson = page.getByRole('button', { name: 'Export NDJSON' });
    this.timeline = page.getByRole('region', { name: 'Call timeline' });
    this.search = page.getByRole('searchbox', { name: 'Search events' });
  }

  /** The event channel's badge in the session header: `Live`, `Reconnecting…`, `Events off`… */
  channel(state: string): Locator {
    return this.page.getByRole('status', { name: `Event channel: ${state}` });
  }

  /** From any signed-in page: waits for the live channel, then opens the Events page from the navigation. */
  async openLive() {
    await expect(this.channel('Live')).toBeVisible();
    await this.page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'Events' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** Event rows of the log (not the opened JSON under one), or those named `eventName loginName` (e.g. `OnCallCreated oxe2001`), newest first. */
  rows(name?: string): Locator {
    return name === undefined
      ? this.table.getByRole('row').filter({ has: this.page.getByRole('button', { name: / JSON of / }) })
      : this.table.getByRole('row', { name, exact: true });
  }

  /** Picks a value in one of the filters (Package, Event, Login, Call reference). */
  async filter(label: 'Package' | 'Event' | 'Login' | 'Call reference', value: string) {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: value, exact: true }).click();
  }

  /** A row's "only" button: narrows the log to that call's events. */
  onlyCall(callRef: string): Locator {
    return this.table.getByRole('button', { name: `Show only call ${callRef}`, exact: true }).first();
  }

  async clearFilter(label: 'Package' | 'Event' | 'Login' | 'Call reference') {
    // A picker keeps its value when its text is emptied; picking the chosen option again clears it.
    const picker = this.page.getByRole('combobox', { name: label });
    const current = await picker.inputValue();
    if (current === '') return;
    await picker.click();
    await this.page.getByRole('option', { name: current, exact: true }).click();
    await expect(picker).toHaveValue('');
  }

  /** Exports what the log shows and returns the browser's download. */
  async export(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportNdjson.click()]);
    return download;
  }
}
