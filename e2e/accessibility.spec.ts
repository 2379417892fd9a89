import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { LoginPage } from './pages/login-page';

/** The rule outcomes that fail the scan: what keeps someone from using a page, not advice. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Rules that fail the scan whatever their impact (axe rates some "moderate" or "minor", and runs two of
 * them only when asked: `label-content-name-mismatch` is experimental, `empty-table-header` a best
 * practice). Each must have run on every page, so a page that stops checking one is noticed too.
 */
const ALWAYS_CHECKED = ['label-content-name-mismatch', 'aria-progressbar-name', 'empty-table-header'];

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
  // At phone size the sections are in a drawer the burger opens.
  const link = page
    .getByRole('navigation', { name: 'Console sections' })
    .getByRole('link', { name: section });
  const burger = page.getByRole('button', { name: 'Toggle navigation' });
  const phone = (page.viewportSize()?.width ?? 0) < 768;
  if (phone) {
    await burger.click();
    await expect(link).toBeInViewport();
  }
  await link.click();
  await page.getByRole('heading', { level: 1, name: section }).waitFor();
  // Picking the section already shown leaves the drawer open (only a new page closes it): close it.
  if (phone && (await burger.getAttribute('aria-expanded')) === 'true') await burger.click();
  if (table) await page.getByRole('table', { name: table }).waitFor();
}

/**
 * One line per violation that fails the scan (a blocking one, or any of {@link ALWAYS_CHECKED}): the
 * rule, its impact and where, so a failure says what to fix. A rule of ALWAYS_CHECKED that did not run
 * is a failure too.
 */
async function failingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ rules: Object.fromEntries(ALWAYS_CHECKED.map((id) => [id, { enabled: true }])) })
    .analyze();
  const ran = new Set(
    [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map(
      (rule) => rule.id,
    ),
  );
  const notRun = ALWAYS_CHECKED.filter((id) => !ran.has(id)).map((id) => `${id} did not run`);
  return [
    ...notRun,
    ...results.violations
      .filter((violation) => BLOCKING.has(violation.impact ?? '') || ALWAYS_CHECKED.includes(violation.id))
      .flatMap((violation) =>
        violation.nodes.map(
          (node) =>
            `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
        ),
      ),
  ];
}

async function switchTheme(page: Page, to: 'light' | 'dark') {
  const toggle = page.getByRole('button', { name: /^Switch to (light|dark) theme$/ });
  if ((await toggle.getAttribute('aria-label')) === `Switch to ${to} theme`) await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', to);
}

/** Signs in as the administrator and scans the sign-in page and every main page, by name. */
async function scanEveryPage(loginPage: LoginPage, page: Page, theme: 'light' | 'dark') {
  await loginPage.goto();
  await loginPage.heading.waitFor();
  await switchTheme(page, theme);
  const found: Record<string, string[]> = {};
  found['Sign in'] = await failingViolations(page);

  await loginPage.signInAs('admin', 'admin');
  await expect(page).toHaveURL(/\/services(\?|$)/);
  for (const { name, open } of PAGES) {
    await open(page);
    found[name] = await failingViolations(page);
  }
  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, []])));
}

for (const theme of ['light', 'dark'] as const) {
  test(`every main page passes an axe-core scan in the ${theme} theme`, async ({ loginPage, page }) => {
    // Eight full-page scans in one journey: more than the default ceiling on a shared two-core machine.
    test.setTimeout(180_000);
    await scanEveryPage(loginPage, page, theme);
  });
}

test.describe('at phone size (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  // One theme here: colours (contrast) are the same at every size and the two desktop scans cover both
  // themes; what a phone changes is the layout (drawer, two-row header, scrolling tables), which does not
  // depend on the theme. A second phone scan would add half the spec's time for nothing new.
  test('every main page passes an axe-core scan', async ({ loginPage, page }) => {
    // The drawer adds two clicks a page, and phone emulation makes each scan a little slower.
    test.setTimeout(240_000);
    await scanEveryPage(loginPage, page, 'light');
  });
});
