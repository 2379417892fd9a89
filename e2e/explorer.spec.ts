import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

test('an administrator acting as oxe2002 sets do-not-disturb, an immediate forward, a callback and a key from forms, and each takes effect', async ({
  loginPage,
  consolePage,
  inspectorPage,
  page,
}) => {
  // A long journey (a dozen operations), on a machine that may be loaded: a ceiling, not a duration.
  test.setTimeout(300_000);
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
  await explorer.sendExpecting('204');
  await expect(explorer.answer).toContainText('/routing/dnd?loginName=oxe2002');

  // An immediate forward has no forwardType: the picker is cleared, the example's destination (2003) kept.
  await explorer.openOperation('Routing', 'Forward calls (no forwardType: immediately)');
  await expect(explorer.picker('forwardType')).toHaveValue('BUSY');
  await page.getByRole('button', { name: 'Clear forwardType' }).click();
  await expect(explorer.picker('forwardType')).toHaveValue('');
  await expect(explorer.picker('type')).toHaveValue('NUMBER');
  await expect(explorer.field('number')).toHaveValue('2003');
  await explorer.sendExpecting('204');

  await explorer.openOperation('Routing', 'The whole routing state');
  await expect(explorer.field('loginName')).toHaveValue('oxe2002');
  await explorer.sendExpecting('200');
  const routing = await explorer.rawAnswer();
  await expect(routing).toContainText(/"dndState": \{\s*"activate": true/);
  await expect(routing).toContainText(
    /"forwardRoutes": \[\s*\{\s*"destinations": \[\s*\{\s*"type": "NUMBER",\s*"number": "2003"/,
  );
  // The deep link carries the pick: a reload opens the same operation, prefilled, with its answer kept.
  await expect(page).toHaveURL(/\/explorer\/Routing\/routing\.getState\?loginName=oxe2002$/);

  // oxe2002 asks 2001 to call back; acting as oxe2001, the request is there.
  await explorer.openOperation('OutgoingCallbacks', 'Ask a user to call back');
  await explorer.field('callee').fill('2001');
  await explorer.sendExpecting('204');
  await explorer.pickActAs('oxe2001');
  await explorer.openOperation('IncomingCallbacks', 'The callback requests left for the user');
  await expect(explorer.field('loginName')).toHaveValue('oxe2001');
  await explorer.sendExpecting('200');
  await expect(await explorer.rawAnswer()).toContainText('"phoneNumber": "2002"');

  // oxe2002's device comes from an answer, then fills the key's path with one click.
  await explorer.pickActAs('oxe2002');
  await explorer.openOperation('PhoneSetProgramming', 'The user’s devices');
  await expect(explorer.field('loginName')).toHaveValue('oxe2002');
  await explorer.sendExpecting('200');
  await explorer.openOperation('PhoneSetProgramming', 'Program a key');
  await explorer.carried('deviceId', '2002').click();
  await expect(explorer.field('deviceId')).toHaveValue('2002');
  await explorer.field('number').fill('2001');
  await explorer.field('mnemonic').fill('Alice');
  await explorer.sendExpecting('204');
  await expect(explorer.answer).toContainText('/users/oxe2002/devices/2002/programmeableKeys/1');
  await explorer.openOperation('PhoneSetProgramming', 'Only the assigned programmable keys');
  await explorer.carried('deviceId', '2002').click();
  await explorer.sendExpecting('200');
  await expect(await explorer.rawAnswer()).toContainText(/"number": "2001",\s*"mnemonic": "Alice"/);

  // Edit and resend from the Inspector: the forward opens in the explorer as it was sent, then goes to 2004.
  await consolePage.section('Inspector').click();
  await inspectorPage.filterText.fill('forwardroute');
  await inspectorPage.row(/^POST/).click();
  await inspectorPage.editAndResend.click();
  await expect(
    page.getByRole('heading', { name: 'Forward calls (no forwardType: immediately)', level: 2 }),
  ).toBeVisible({ timeout: 15_000 }); // the explorer's code loads lazily
  await expect(explorer.field('loginName')).toHaveValue('oxe2002');
  await expect(explorer.picker('forwardType')).toHaveValue('');
  await expect(explorer.field('number')).toHaveValue('2003');
  await explorer.field('number').fill('2004');
  await explorer.sendExpecting('204');
  await explorer.openOperation('Routing', 'The current forward');
  await explorer.sendExpecting('200');
  await expect(await explorer.rawAnswer()).toContainText(/"number": "2004"/);
});

test('oxe2001 makes a call with BasicTelephony, and the callRef it got fills answer, hold and release with one click each', async ({
  loginPage,
  consolePage,
  lab,
  page,
}) => {
  // A long journey (a dozen operations), on a machine that may be loaded: a ceiling, not a duration.
  test.setTimeout(300_000);
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
  // autoAnswer on, then off: the O2G rings 2001 first, and 2001 answers its own call below.
  const autoAnswer = page.getByRole('switch', { name: /^autoAnswer/ });
  await autoAnswer.click();
  await autoAnswer.click();
  await expect(autoAnswer).not.toBeChecked();
  await explorer.field('callee').focus();
  await page.keyboard.press('Control+Enter');
  await expect(explorer.answer).toContainText('HTTP 201');
  await explorer.answer.getByRole('tab', { name: /Headers/ }).click();
  const location = explorer.answer.getByRole('table', { name: 'Answer headers' });
  await expect(location).toContainText('/telephony/calls/');
  const headers = (await location.textContent()) ?? '';

  await explorer.openOperation('Telephony', 'Answer a ringing call');
  await expect(explorer.field('callRef')).toHaveValue('');
  // The example answers on 2002; here 2001 picks up the call the O2G rang it for.
  await explorer.field('deviceId').fill('2001');
  // One value carried: the callRef of the Location header.
  const chip = explorer.carried('callRef', /\S+/);
  await expect(chip).toHaveCount(1);
  const callRef = (await chip.textContent()) ?? '';
  expect(headers).toContain(`/telephony/calls/${callRef}`);
  await chip.click();
  await expect(explorer.field('callRef')).toHaveValue(callRef);
  await explorer.sendExpecting('204');

  // 2002 rings now; its user picks up, and the call is active on both sides.
  await lab.answer('2002');
  await explorer.openOperation('Telephony', 'Put a call on hold');
  await explorer.carried('callRef', callRef).click();
  await explorer.sendExpecting('204');
  await explorer.openOperation('Telephony', 'Read one call');
  await explorer.carried('callRef', callRef).click();
  await explorer.sendExpecting('200');
  await expect(await explorer.rawAnswer()).toContainText('"state": "HELD"');

  await explorer.openOperation('Telephony', 'Release a call (hang up for everyone)');
  await explorer.carried('callRef', callRef).click();
  await expect(explorer.field('callRef')).toHaveValue(callRef);
  await explorer.sendExpecting('204');
});
