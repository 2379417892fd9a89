import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

test('an administrator acting as oxe2002 turns do-not-disturb on from the Routing form, and reads it back', async ({
  loginPage,
  consolePage,
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await loginPage.goto();
  await loginPage.signInAs('admin', 'admin');
  await expect(consolePage.servicesTable).toBeVisible({ timeout: 30_000 }); // a loaded machine signs in slowly
  await consolePage.section('Explorer').click();
  await expect(explorer.heading).toBeVisible({ timeout: 30_000 }); // the explorer's code loads lazily
  await explorer.pickActAs('oxe2002');

  await explorer.openOperation('Routing', 'Turn do not disturb on');
  // The act-as pick fills loginName; nothing is typed.
  await expect(explorer.field('loginName')).toHaveValue('oxe2002');
  await explorer.send.click();
  await expect(explorer.answer).toContainText('HTTP 204');
  await expect(explorer.answer).toContainText('/routing/dnd?loginName=oxe2002');

  await explorer.openOperation('Routing', 'The whole routing state');
  await expect(explorer.field('loginName')).toHaveValue('oxe2002');
  await explorer.send.click();
  await expect(explorer.answer).toContainText('HTTP 200');
  await explorer.answer.getByRole('tab', { name: 'Raw' }).click();
  await expect(explorer.answer.getByLabel('Answer text')).toContainText(/"dndState": \{\s*"activate": true/);

  // The deep link carries the pick: a reload opens the same operation, prefilled, with its answer kept.
  await expect(page).toHaveURL(/\/explorer\/Routing\/routing\.getState\?loginName=oxe2002$/);
});

test('oxe2001 makes a call with BasicTelephony, and the callRef it got fills the release operation', async ({
  loginPage,
  consolePage,
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await loginPage.goto();
  await loginPage.signInAs('oxe2001', '2001');
  await expect(consolePage.servicesTable).toBeVisible({ timeout: 30_000 }); // a loaded machine signs in slowly
  await consolePage.section('Explorer').click();
  await expect(explorer.heading).toBeVisible({ timeout: 30_000 }); // the explorer's code loads lazily

  await explorer.jumpTo('basictelephony make');
  await expect(
    page.getByRole('heading', { name: 'Make a call from one of the user’s devices', level: 2 }),
  ).toBeVisible({
    timeout: 15_000,
  });
  // The form comes prefilled with the lab's example: from 2001 to 2002.
  await expect(explorer.field('deviceId')).toHaveValue('2001');
  await expect(explorer.field('callee')).toHaveValue('2002');
  await explorer.field('callee').focus();
  await page.keyboard.press('Control+Enter');
  await expect(explorer.answer).toContainText('HTTP 201');
  await explorer.answer.getByRole('tab', { name: /Headers/ }).click();
  const location = explorer.answer.getByRole('table', { name: 'Answer headers' });
  await expect(location).toContainText('/telephony/calls/');

  await explorer.openOperation('Telephony', 'Release a call (hang up for everyone)');
  await expect(explorer.field('callRef')).toHaveValue('');
  const chip = page.getByRole('button', { name: /^Use callRef \S+ for callRef$/ });
  await expect(chip).toHaveCount(1);
  await chip.click();
  await expect(explorer.field('callRef')).not.toHaveValue('');
  await explorer.send.click();
  await expect(explorer.answer).toContainText('HTTP 204');
});
