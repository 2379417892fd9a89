import { ConsolePage } from '../../pages/console-page';
import { InspectorPage } from '../../pages/inspector-page';
import { LoginPage } from '../../pages/login-page';
import { ServicePage } from '../../pages/service-page';
import { demo, expect } from '../demo-test';

// Runs against a real O2G too (`--server`): it needs no lab control, and adapts when the login given is
// a user's rather than an administrator's (no "Act as" picker, fewer services).
demo('explore', async ({ page, director: d, account }) => {
  const { server, login, password } = account('admin', 'admin');
  const loginPage = new LoginPage(page);
  const consolePage = new ConsolePage(page);
  const servicePage = new ServicePage(page);
  const inspector = new InspectorPage(page);

  await d.scene(
    'Sign in to an O2G',
    'The console talks to one O2G: the embedded lab here, or a real vlab by its address. It follows the O2G’s own handshake: discovery, authenticate, then a session.',
    async () => {
      await loginPage.goto();
      await d.pointAt(loginPage.server);
      if (server) await d.type(loginPage.server, server);
      await d.type(loginPage.login, login);
      await d.type(loginPage.password, password);
      await d.click(loginPage.signIn);
      await expect(page).toHaveURL(/\/services(\?|$)/);
    },
  );

  await d.scene(
    'The services this session may use',
    'The O2G answers the session with its list of services; the console shows each with what it is for.',
    async () => {
      await expect(consolePage.servicesTable.getByRole('row').nth(2)).toBeVisible();
      await d.pointAt(consolePage.servicesTable.getByRole('link', { name: 'Users', exact: true }));
    },
  );

  const admin = await page.getByRole('link', { name: 'Maintenance', exact: true }).isVisible();
  await d.scene(
    'Read a user',
    admin
      ? 'An administrator acts as any user: pick Alice (oxe2001), and the read is sent on her behalf.'
      : 'A user reads their own record: the O2G answers for the session’s user.',
    async () => {
      await d.click(consolePage.servicesTable.getByRole('link', { name: 'Users', exact: true }));
      await expect(servicePage.heading('Users')).toBeVisible();
      if (admin) await d.pick(servicePage.actAs, 'oxe2001');
      const read = servicePage.read('Read the user');
      const loginField = read.getByRole('textbox', { name: 'Login name' });
      if ((await loginField.inputValue()) === '') await d.type(loginField, login);
      await d.click(read.getByRole('button', { name: 'Read the user' }));
      const answer = servicePage.answer('Read the user');
      await expect(answer).toContainText('HTTP 200');
      await d.pointAt(answer.getByRole('tree', { name: 'Answer body' }));
    },
  );

  if (admin) {
    await d.scene(
      'The O2G’s own health',
      'Maintenance reads the system status: the O2G’s version and the CTI link to each OXE node.',
      async () => {
        await d.click(page.getByRole('link', { name: /All services/ }));
        await d.click(consolePage.servicesTable.getByRole('link', { name: 'Maintenance', exact: true }));
        await d.click(servicePage.read('Read the system status').getByRole('button', { name: 'Read the system status' }));
        await expect(servicePage.answer('Read the system status')).toContainText('HTTP 200');
        await d.pointAt(servicePage.answer('Read the system status'));
      },
    );
  }

  await d.scene(
    'Every request, inspected',
    'The Inspector lists each REST request the console sent, newest first, with its answer and timing; secrets are redacted.',
    async () => {
      await d.click(consolePage.section('Inspector'));
      await expect(inspector.row('/api/rest/authenticate')).toHaveCount(1);
      await d.click(inspector.row('/api/rest/authenticate'));
      await d.pointAt(inspector.detail);
    },
  );

  await d.scene(
    'End the session',
    'Ending the session deletes it on the O2G, so no session is left behind.',
    async () => {
      await d.click(consolePage.endSession);
      await expect(page).toHaveURL(/\/login$/);
    },
  );
});
