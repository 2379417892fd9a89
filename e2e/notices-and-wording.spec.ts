import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Words and small things at both sizes the console is checked at: a notice that leaves the header's
// controls usable, a picker that shows names whole, and a refused server address in plain words.
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

/** True when nothing covers the element's centre: a click would land on it. */
async function reachable(page: Page, name: RegExp): Promise<boolean> {
  const control = page.getByRole('banner').getByRole('button', { name });
  await expect(control).toBeInViewport({ ratio: 1 });
  return control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return top !== null && element.contains(top);
  });
}

for (const size of SIZES) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('"Session ended" shows below the header, whose controls stay usable', async ({
      loginPage,
      consolePage,
      page,
    }) => {
      await loginPage.signInToServices('oxe2001', '2001');
      await consolePage.endSession.click();
      const notice = page.getByRole('alert').filter({ hasText: 'Session ended' });
      await expect(notice).toBeVisible();
      const header = await page.getByRole('banner').boundingBox();
      const box = await notice.boundingBox();
      expect(header && box && box.y >= header.y + header.height).toBe(true);
      expect(await reachable(page, /^Switch to (light|dark) theme$/)).toBe(true);
    });

    test('"Session lost" leaves the header controls usable', async ({
      lab,
      loginPage,
      consolePage,
      page,
    }) => {
      await loginPage.signInToServices('oxe2005', '2005');
      await lab.advanceClock(1800 + 120);
      // The next request finds the session gone: a read on a service page, reached from the table.
      await consolePage.servicesTable.getByRole('link', { name: 'Users', exact: true }).click();
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(consolePage.sessionLost).toBeVisible();
      expect(await reachable(page, /^Switch to (light|dark) theme$/)).toBe(true);
      expect(await reachable(page, /^End session$/)).toBe(true);
    });

    test('the loopback picker shows every number and name whole', async ({
      loginPage,
      telephonyPage: phone,
      page,
    }) => {
      await loginPage.signInToServices('admin', 'admin');
      // On a phone the sections are in the drawer.
      if (size.width < 768) await page.getByRole('button', { name: 'Toggle navigation' }).click();
      await phone.open();
      const picker = phone.loopback.getByRole('combobox', { name: 'Extension to reach' });
      await picker.click();
      const options = page.getByRole('option');
      await expect(options.first()).toBeVisible();
      const names = await options.allTextContents();
      expect(names.length).toBeGreaterThan(2);
      for (const option of await options.all()) {
        expect(await option.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      }
      await page.keyboard.press('Escape');
      for (const name of names) {
        await picker.click();
        await page.getByRole('option', { name, exact: true }).click();
        await expect(picker).toHaveValue(name);
        const whole = await picker.evaluate(
          (input: HTMLInputElement) => input.scrollWidth <= input.clientWidth,
        );
        expect(whole, name).toBe(true);
      }
    });
  });
}

test('a server the console was not started with: restart it with --target, in plain words', async ({
  loginPage,
}) => {
  await loginPage.goto();
  await loginPage.signInAs('admin', 'admin', 'https://o2g-vlab30.ale-dspp.com');
  await expect(loginPage.error).toContainText('Server not allowed');
  await expect(loginPage.error).toContainText('restart it with --target https://o2g-vlab30.ale-dspp.com');
  await expect(loginPage.error).not.toContainText('target of this proxy');
});

test('an address that names no server is "not a server address", with no proxy internals', async ({
  loginPage,
}) => {
  await loginPage.goto();
  await loginPage.signInAs('admin', 'admin', 'https://lab_example');
  await expect(loginPage.error).toContainText('Not a server address');
  await expect(loginPage.error).not.toContainText('/o2g/');
  await expect(loginPage.error).not.toContainText('host[:port]');
});
