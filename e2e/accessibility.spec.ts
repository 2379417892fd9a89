import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The rule outcomes that fail the scan: what keeps someone from using a page, not advice. */
const BLOCKING = new Set(['serious', 'critical']);

/** Every main page, reached from the navigation as a user would (a reload would end the session). */
const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'Services', open: (page) => openSection(page, 'Services', 'Services of this session') },
  {
    name: 'a service page (Users)',
    open: async (page) => {
      await openSection(page, 'Services', 'Services of this session');
      await page
        .getByRole('table', { name: 'Services of this session' })
        .getByRole('link', { name: 'Users', exact: true })
        .click();
      await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    },
  },
  { name: 'Explorer', open: (page) => openSection(page, 'Explorer') },
  { name: 'Telephony', open: (page) => openSection(page, 'Telephony', 'Lab extensions') },
  { name: 'Voicemail', open: (page) => openSection(page, 'Voicemail') },
  { name: 'Events', open: (page) => openSection(page, 'Events') },
  { name: 'Inspector', open: (page) => openSection(page, 'Inspector') },
];

/** Opens a section and waits for its heading and, if named, the table its data fills. */
async function openSection(page: Page, section: string, table?: string) {
  await page
    .getByRole('navigation', { name: 'Console sections' })
    .getByRole('link', { name: section })
    .click();
  await page.getByRole('heading', { level: 1, name: section }).waitFor();
  if (table) await page.getByRole('table', { name: table }).waitFor();
}

/** One line per blocking violation: the rule, its impact and where, so a failure says what to fix. */
async function blockingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
      ),
    );
}

async function switchTheme(page: Page, to: 'light' | 'dark') {
  const toggle = page.getByRole('button', { name: /^Switch to (light|dark) theme$/ });
  if ((await toggle.getAttribute('aria-label')) === `Switch to ${to} theme`) await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', to);
}

for (const theme of ['light', 'dark'] as const) {
  test(`every main page passes an axe-core scan in the ${theme} theme`, async ({ loginPage, page }) => {
    // Eight full-page scans in one journey: more than the default ceiling on a shared two-core machine.
    test.setTimeout(180_000);
    await loginPage.goto();
    await loginPage.heading.waitFor();
    await switchTheme(page, theme);
    const found: Record<string, string[]> = {};
    found['Sign in'] = await blockingViolations(page);

    await loginPage.signInAs('admin', 'admin');
    await expect(page).toHaveURL(/\/services(\?|$)/);
    for (const { name, open } of PAGES) {
      await open(page);
      found[name] = await blockingViolations(page);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, []])));
  });
}
