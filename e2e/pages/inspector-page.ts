import type { Download, Locator, Page } from '@playwright/test';

/** The Inspector: the log of the console's O2G requests, its filters, one request in full, exports. */
export class InspectorPage {
  readonly requests: Locator;
  readonly count: Locator;
  readonly filterText: Locator;
  readonly status: Locator;
  readonly methods: Locator;
  readonly detail: Locator;
  readonly copyAsCurl: Locator;
  readonly editAndResend: Locator;
  readonly copied: Locator;
  readonly curlDialog: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.requests = page.getByRole('grid', { name: 'O2G requests' });
    this.count = page.getByRole('status').filter({ hasText: /request/ });
    this.filterText = page.getByRole('textbox', { name: 'Filter requests' });
    this.status = page.getByRole('radiogroup', { name: 'Status' });
    this.methods = page.getByRole('group', { name: 'Methods' });
    this.detail = page.getByRole('region', { name: 'Selected request' });
    this.copyAsCurl = this.detail.getByRole('button', { name: 'Copy as cURL' });
    this.editAndResend = this.detail.getByRole('link', { name: 'Edit and resend' });
    this.copied = this.detail.getByRole('status').filter({ hasText: 'Copied to the clipboard' });
    this.curlDialog = page.getByRole('dialog', { name: 'Copy the cURL command' });
    this.empty = page.getByText('No request yet');
  }

  /** The data rows, newest first (the first row of the grid is its header). */
  rows(): Locator {
    return this.requests.getByRole('row').filter({ has: this.page.getByRole('gridcell') });
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  clearLog(): Locator {
    return this.page.getByRole('button', { name: /^Clear log \(\d+\)$/ });
  }

  async showStatus(label: 'All' | 'Errors' | '2xx') {
    await this.status.getByText(label, { exact: true }).click();
  }

  /** Exports what the log shows and returns the browser's download. */
  async export(format: 'HAR 1.2 (.har)' | 'NDJSON (.ndjson)'): Promise<Download> {
    await this.page.getByRole('button', { name: /^Export \(\d+\)$/ }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('menuitem', { name: format }).click(),
    ]);
    return download;
  }
}
