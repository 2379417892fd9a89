import { ConsolePage } from '../../pages/console-page';
import { ExplorerPage } from '../../pages/explorer-page';
import { LoginPage } from '../../pages/login-page';
import { demo, expect } from '../demo-test';
import { openOperation } from './explorer-steps';

// An administrator changes a user's phone set, so it stays on the lab (see the catalog).
demo('program-a-key', async ({ page, director: d }) => {
  const loginPage = new LoginPage(page);
  const consolePage = new ConsolePage(page);
  const explorer = new ExplorerPage(page);

  await d.scene(
    'An administrator signs in',
    'An administrator session may act for any user of the O2G: the explorer names the user in every request.',
    async () => {
      await loginPage.goto();
      await d.type(loginPage.login, 'admin');
      await d.type(loginPage.password, 'admin');
      await d.click(loginPage.signIn);
      await expect(consolePage.servicesTable).toBeVisible();
      await d.click(consolePage.section('Explorer'));
      await expect(explorer.heading).toBeVisible();
    },
  );

  await d.scene(
    'Act as Bruno',
    'Pick Bruno (oxe2002) once: every loginName field of the explorer follows the pick.',
    async () => {
      await d.pick(explorer.actAs, 'oxe2002');
    },
  );

  await d.scene(
    'Bruno’s phone set',
    'Phone set programming lists his devices: one desk phone, 2002.',
    async () => {
      await openOperation(d, explorer, 'PhoneSetProgramming', 'The user’s devices');
      await expect(explorer.field('loginName')).toHaveValue('oxe2002');
      await d.click(explorer.send);
      await expect(explorer.answer).toContainText('HTTP 200');
      await d.pointAt(explorer.answer);
    },
  );

  await d.scene(
    'Program key 1 to call Alice',
    'The key form: the device comes from the last answer with one click, then the number and the label the phone shows.',
    async () => {
      await openOperation(d, explorer, 'PhoneSetProgramming', 'Program a key');
      await d.click(explorer.carried('deviceId', '2002'));
      await expect(explorer.field('deviceId')).toHaveValue('2002');
      await d.type(explorer.field('number'), '2001');
      await d.type(explorer.field('mnemonic'), 'Alice');
      await d.click(explorer.send);
      await expect(explorer.answer).toContainText('HTTP 204');
      await d.pointAt(explorer.answer);
    },
  );

  await d.scene(
    'The key is there',
    'Reading the programmed keys back: key 1 of Bruno’s phone now calls Alice.',
    async () => {
      await openOperation(d, explorer, 'PhoneSetProgramming', 'Only the assigned programmable keys');
      await d.click(explorer.carried('deviceId', '2002'));
      await d.click(explorer.send);
      await expect(explorer.answer).toContainText('HTTP 200');
      await d.click(explorer.answer.getByRole('tab', { name: 'Raw' }));
      const text = explorer.answer.getByLabel('Answer text');
      await expect(text).toContainText(/"number": "2001",\s*"mnemonic": "Alice"/);
      await d.pointAt(text);
    },
  );
});
