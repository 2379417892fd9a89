import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { E2E_PORTS } from './lab-ports';
import { expect, test } from './fixtures';
import { revealCredential } from './vault';

/** Base64 of the admin's `login:password`, as the Basic header carried it. */
const BASIC_SECRET = Buffer.from('admin:admin').toString('base64');

interface HarFile {
  log: {
    version: string;
    creator: { name: string };
    entries: {
      request: { method: string; url: string; headers: { name: string; value: string }[] };
      response: { status: number };
    }[];
  };
}

async function textOf(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

test('the inspector shows, filters, copies and exports the console’s O2G requests, secrets redacted', async ({
  page,
  context,
  loginPage,
  consolePage,
  inspectorPage,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await loginPage.goto();
  await loginPage.signInAs('admin', 'admin');
  await expect(page).toHaveURL(/\/services$/);
  // The credential the proxy's vault holds, revealed for the test, to prove it appears nowhere the
  // inspector writes.
  const credential = await revealCredential(page);

  await consolePage.openService('Users');
  await page.getByRole('textbox', { name: 'Path under the service' }).fill('/oxe2001');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('tree', { name: 'Answer body' })).toBeVisible();

  await consolePage.section('Inspector').click();
  await expect(inspectorPage.row('/api/rest/authenticate')).toHaveCount(1);
  await expect(inspectorPage.row('/api/rest/1.0/users/oxe2001')).toHaveCount(1);
  await expect(inspectorPage.count).toContainText('newest first');

  // The authenticate request, with its Basic header redacted; its answer reached the browser without the
  // credential (the proxy's vault kept it).
  await inspectorPage.row('/api/rest/authenticate').click();
  await expect(inspectorPage.detail).toContainText(
    `https://127.0.0.1:${E2E_PORTS.simHttps}/api/rest/authenticate`,
  );
  await inspectorPage.detail.getByRole('tab', { name: 'Request' }).click();
  await expect(
    inspectorPage.detail.getByRole('row', { name: 'authorization: Basic [redacted]' }),
  ).toBeVisible();
  await inspectorPage.detail.getByRole('tab', { name: 'Response' }).click();
  await expect(inspectorPage.detail.getByRole('tree', { name: 'Response body' })).toContainText('publicUrl');
  await expect(inspectorPage.detail.getByRole('tree', { name: 'Response body' })).not.toContainText(
    'credential',
  );
  await expect(page.locator('body')).not.toContainText(credential);
  await expect(page.locator('body')).not.toContainText(BASIC_SECRET);

  // Filters: free text, status, method.
  await inspectorPage.filterText.fill('users/oxe2001');
  await expect(inspectorPage.rows()).toHaveCount(1);
  await expect(inspectorPage.count).toContainText(/Showing 1 of \d+ requests/);
  await inspectorPage.filterText.fill('');
  await inspectorPage.methods.getByText('POST', { exact: true }).click();
  await expect(inspectorPage.row('/api/rest/1.0/sessions').first()).toBeVisible();
  await expect(inspectorPage.row(/^GET/)).toHaveCount(0);
  await inspectorPage.methods.getByText('POST', { exact: true }).click();
  await inspectorPage.showStatus('2xx');
  await expect(inspectorPage.row('/api/rest/1.0/users/oxe2001')).toHaveCount(1);
  await inspectorPage.showStatus('All');

  // Select the service request by keyboard and copy it as cURL.
  await inspectorPage.row('/api/rest/1.0/users/oxe2001').focus();
  await page.keyboard.press('Enter');
  await expect(inspectorPage.detail).toContainText('/api/rest/1.0/users/oxe2001');
  await inspectorPage.copyAsCurl.click();
  await expect(inspectorPage.copied).toContainText('-H "Cookie: AlcUserId=$O2G_CREDENTIAL"');
  await expect(inspectorPage.copied).toContainText(
    `curl -X GET https://127.0.0.1:${E2E_PORTS.simHttps}/api/rest/1.0/users/oxe2001`,
  );
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain('$O2G_CREDENTIAL');
  expect(clipboard).not.toContain(credential);

  // The credential itself only on purpose: a warning first, then straight to the clipboard, never on screen.
  await inspectorPage.detail.getByRole('button', { name: 'Copy with the credential…' }).click();
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('Anyone who sees it can act as admin');
  await warning.getByRole('button', { name: 'Reveal and copy' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain(`-H "Cookie: AlcUserId=${credential}"`);
  await expect(page.getByText(credential)).toHaveCount(0);

  // Where the browser refuses the clipboard, the command opens selected in a dialog instead.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await inspectorPage.copyAsCurl.click();
  const command = inspectorPage.curlDialog.getByRole('textbox', { name: 'cURL command' });
  await expect(command).toBeFocused();
  expect(await command.inputValue()).toBe(clipboard);
  await page.keyboard.press('Escape');
  await expect(inspectorPage.curlDialog).toBeHidden();

  // HAR 1.2: a valid log, the requests in it, nothing secret.
  const har = await textOf(await inspectorPage.export('HAR 1.2 (.har)'));
  const parsed = JSON.parse(har) as HarFile;
  expect(parsed.log.version).toBe('1.2');
  expect(parsed.log.creator.name).toBe('O2G Console');
  const authenticate = parsed.log.entries.find((entry) => entry.request.url.includes('/authenticate'));
  expect(authenticate?.request.headers).toContainEqual({ name: 'authorization', value: 'Basic [redacted]' });
  expect(parsed.log.entries.map((entry) => entry.request.url)).toContain(
    `https://127.0.0.1:${E2E_PORTS.simHttps}/api/rest/1.0/users/oxe2001`,
  );
  expect(har).not.toContain(credential);
  expect(har).not.toContain(BASIC_SECRET);

  // NDJSON: one exchange per line, as many as the HAR's entries, nothing secret.
  const ndjson = await textOf(await inspectorPage.export('NDJSON (.ndjson)'));
  const lines = ndjson.trimEnd().split('\n');
  expect(lines.length).toBeGreaterThanOrEqual(parsed.log.entries.length);
  expect(lines.map((line) => (JSON.parse(line) as { method: string }).method)).toContain('POST');
  expect(ndjson).not.toContain(credential);
  expect(ndjson).not.toContain(BASIC_SECRET);

  await inspectorPage.clearLog().click();
  await expect(inspectorPage.empty).toBeVisible();
});

test('after sign-in and both exports, no secret is in web storage, script-readable cookies, URLs or files', async ({
  lab,
  page,
  loginPage,
  consolePage,
  eventsPage,
  inspectorPage,
}) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await loginPage.goto();
  await loginPage.signInAs('oxe2004', '2004');
  await expect(page).toHaveURL(/\/services$/);
  const credential = await revealCredential(page);
  const secrets = [credential, Buffer.from('oxe2004:2004').toString('base64')];

  // Something in each log: a call's events, and the requests of the sign-in.
  await expect(eventsPage.channel('Live')).toBeVisible();
  await lab.incomingCall('0611223344', '2004');
  await consolePage.section('Events').click();
  await expect(eventsPage.rows('OnCallCreated oxe2004')).toHaveCount(1);
  const files = [await textOf(await eventsPage.export())];
  await consolePage.section('Inspector').click();
  files.push(await textOf(await inspectorPage.export('HAR 1.2 (.har)')));
  files.push(await textOf(await inspectorPage.export('NDJSON (.ndjson)')));

  const stored = await page.evaluate(async () => {
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      databases,
      cookie: document.cookie,
    });
  });
  expect(stored).not.toMatch(/password/i);
  for (const secret of secrets) {
    expect(stored).not.toContain(secret);
    for (const file of files) expect(file).not.toContain(secret);
    expect(urls.filter((url) => url.includes(secret))).toEqual([]);
    expect(page.url()).not.toContain(secret);
  }
});
