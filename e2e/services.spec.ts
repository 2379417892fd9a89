import { expect, test } from './fixtures';

test('an administrator reads live lab data from three services, acting as oxe2001', async ({
  loginPage,
  consolePage,
  servicePage,
  page,
}) => {
  await loginPage.goto();
  await loginPage.signInAs('admin', 'admin');
  await expect(consolePage.servicesTable.getByRole('row')).toHaveCount(19); // a header and 18 services

  // Users: the pick lands in the URL, and fills the login of the user read.
  await consolePage.openService('Users');
  await expect(servicePage.heading('Users')).toBeVisible();
  await expect(servicePage.actAs).toBeEnabled();
  await servicePage.pickActAs('oxe2001');
  await expect(page).toHaveURL(/\/services\/Users\?loginName=oxe2001$/);
  await expect(servicePage.read('Read the user').getByRole('textbox', { name: 'Login name' })).toHaveValue(
    'oxe2001',
  );
  await servicePage.runRead('Read the user');
  const user = servicePage.answer('Read the user');
  await expect(user).toContainText('HTTP 200');
  await expect(user).toContainText(/\d+ ms/);
  await expect(user.getByRole('tree', { name: 'Answer body' })).toContainText('"firstName": "Alice"');
  await expect(user.getByRole('tree', { name: 'Answer body' })).toContainText('"lastName": "Martin"');

  // Maintenance: no user to act as; the O2G's status with the lab's OXE node.
  await page.getByRole('link', { name: /All services/ }).click();
  await consolePage.servicesTable.getByRole('link', { name: 'Maintenance', exact: true }).click();
  await expect(servicePage.heading('Maintenance')).toBeVisible();
  await expect(servicePage.actAs).toHaveCount(0);
  await servicePage.runRead('Read the system status');
  const status = servicePage.answer('Read the system status');
  await expect(status).toContainText('HTTP 200');
  await expect(status).toContainText('"primaryVersion": "14.2.001.004"');
  await status.getByRole('button', { name: 'Expand root' }).first().click(); // the first PBX node
  await expect(status).toContainText('"ctiLinkState": "CONNECTED_MAIN"');

  // Voicemail: the pick followed through the list's links; oxe2001's mailbox is 2001.
  await page.getByRole('link', { name: /All services/ }).click();
  await consolePage.servicesTable.getByRole('link', { name: 'Voicemail', exact: true }).click();
  await expect(servicePage.heading('Voicemail')).toBeVisible();
  await expect(servicePage.actAs).toHaveValue('oxe2001');
  await servicePage.runRead('List the mailboxes');
  const mailboxes = servicePage.answer('List the mailboxes');
  await expect(mailboxes).toContainText('messaging/mailboxes?loginName=oxe2001');
  await mailboxes.getByRole('button', { name: 'Expand root' }).click();
  await expect(mailboxes).toContainText('"id": "2001"');
  await expect(mailboxes).toContainText('"name": "Alice Martin"');
});

test('a user reads their own telephonic state, with no "Act as" picker', async ({
  loginPage,
  consolePage,
  servicePage,
}) => {
  await loginPage.goto();
  await loginPage.signInAs('oxe2002', '2002');
  await consolePage.openService('State');
  await expect(servicePage.heading('State')).toBeVisible();
  await expect(servicePage.actAs).toHaveCount(0);
  await servicePage.runRead('Read the telephonic state');
  const state = servicePage.answer('Read the telephonic state');
  await expect(state).toContainText('HTTP 200');
  await expect(state).toContainText('"userState": "FREE"');
  // A user session never names a user: the O2G answers for the session's own.
  await expect(state).toContainText(/GET \S+\/telephony\/state(?!\?)/);
  await expect(state).not.toContainText('loginName=');
});

test('a bad parameter is told in plain words, with the O2G error body', async ({
  loginPage,
  consolePage,
  servicePage,
}) => {
  await loginPage.goto();
  await loginPage.signInAs('admin', 'admin');
  await consolePage.openService('Users');
  await expect(servicePage.heading('Users')).toBeVisible();

  // Caught before sending: a phone number made of letters.
  await servicePage.runRead('Find the user of a number', { 'Company number': 'alice' });
  await expect(servicePage.read('Find the user of a number')).toContainText('Digits only, e.g. 2001.');

  // Refused by the O2G: a login it does not know.
  const panel = await servicePage.runRead('Read the user', { 'Login name': 'oxe9999' });
  const error = panel.getByRole('alert');
  await expect(error).toContainText('Not found (HTTP 404)');
  await expect(error).toContainText('Unknown user oxe9999');
  await expect(error.getByRole('tree', { name: 'Error body' })).toContainText('"helpMessage"');
});
