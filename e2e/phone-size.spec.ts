import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { headerMisfits } from './header-fit';
import { LabDrawerPage } from './pages/lab-drawer-page';

// A phone held upright: the console must fit its width, with the navigation in a drawer.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/**
 * What sticks out of the screen sideways: the page's own sideways scroll, and every element of the page
 * that ends past the screen's right edge outside a box that scrolls it (an element cut off by an ancestor
 * that hides overflow cannot be reached at all). Empty when the page fits the phone.
 */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const found: string[] = [];
    if (root.scrollWidth > root.clientWidth)
      found.push(`page scrolls ${root.scrollWidth - root.clientWidth}px`);
    const scrolls = (element: Element | null): boolean => {
      for (let at = element; at && at !== document.body; at = at.parentElement) {
        const overflowX = getComputedStyle(at).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    for (const element of document.querySelectorAll('main *, header *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= window.innerWidth + 1 || scrolls(element.parentElement)) continue;
      if (element.closest('[aria-hidden="true"]')) continue;
      found.push(
        `${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 40)}" ends at ${Math.round(box.right)}px`,
      );
      if (found.length >= 5) break;
    }
    return found;
  });
}

async function openFromDrawer(page: Page, section: string) {
  const navigation = page.getByRole('navigation', { name: 'Console sections' });
  await page.getByRole('button', { name: 'Toggle navigation' }).click();
  await expect(navigation).toBeInViewport();
  await navigation.getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
  // The drawer gets out of the way once a section is picked.
  await expect(navigation).not.toBeInViewport();
}

test('at phone size the header fits, the drawer closes after a pick and no page scrolls sideways', async ({
  loginPage,
  consolePage,
  telephonyPage: phone,
  voicemailPage,
  page,
}) => {
  await loginPage.goto();
  await expect(loginPage.heading).toBeVisible();
  expect(await sidewaysOverflow(page)).toEqual([]);
  await loginPage.signInAs('admin', 'admin');
  await expect(consolePage.servicesTable).toBeVisible();

  // The header, with the lab's controls on (the e2e lab runs with them): every control and badge is on
  // screen, whole, its text uncut; the way out and the theme switch among them.
  await expect(new LabDrawerPage(page).button).toBeVisible();
  await expect(page.getByRole('status', { name: 'Event channel: Live' })).toBeVisible();
  expect(await headerMisfits(page)).toEqual([]);
  await expect(consolePage.endSession).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: /^Switch to (light|dark) theme$/ })).toBeInViewport({
    ratio: 1,
  });
  await expect(page.getByRole('status', { name: 'Event channel: Live' })).toBeInViewport({ ratio: 1 });
  expect(await sidewaysOverflow(page)).toEqual([]);

  // A service page, reached from the table.
  await consolePage.servicesTable.getByRole('link', { name: 'Users', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  expect(await sidewaysOverflow(page)).toEqual([]);

  await openFromDrawer(page, 'Explorer');
  expect(await sidewaysOverflow(page)).toEqual([]);

  // Telephony: a call from 2001; its card is brought into view.
  await openFromDrawer(page, 'Telephony');
  await phone.extensions.waitFor();
  expect(await sidewaysOverflow(page)).toEqual([]);
  await phone.pickCallFrom('2001');
  await phone.number.fill('2002');
  await phone.call.click();
  await expect(phone.calls('2001').first()).toBeInViewport();
  expect(await sidewaysOverflow(page)).toEqual([]);

  await openFromDrawer(page, 'Voicemail');
  await expect(voicemailPage.connect).toBeVisible();
  expect(await sidewaysOverflow(page)).toEqual([]);

  await openFromDrawer(page, 'Events');
  expect(await sidewaysOverflow(page)).toEqual([]);
  await openFromDrawer(page, 'Inspector');
  expect(await sidewaysOverflow(page)).toEqual([]);
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 }, isMobile: false, hasTouch: false });

  test('the header holds everything on one row, whole and uncut', async ({
    loginPage,
    consolePage,
    page,
  }) => {
    await loginPage.signInToServices('admin', 'admin');
    await expect(new LabDrawerPage(page).button).toBeVisible();
    await expect(page.getByRole('status', { name: 'Event channel: Live' })).toBeVisible();
    expect(await headerMisfits(page)).toEqual([]);
    // One row: the Lab button, the badges and the way out share the header's line.
    const header = await page.locator('header').boundingBox();
    const endSession = await consolePage.endSession.boundingBox();
    const lab = await new LabDrawerPage(page).button.boundingBox();
    expect(header?.height).toBe(56);
    expect(lab?.y).toBe(endSession?.y);
  });
});
