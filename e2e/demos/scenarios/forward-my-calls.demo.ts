import { ConsolePage } from '../../pages/console-page';
import { EventsPage } from '../../pages/events-page';
import { LoginPage } from '../../pages/login-page';
import { ServicePage } from '../../pages/service-page';
import { demo, expect } from '../demo-test';

const FORWARD_TO = '2003';
const FORWARD_BODY = JSON.stringify({
  forwardRoute: { forwardType: 'IMMEDIATE', destinations: [{ type: 'NUMBER', number: FORWARD_TO }] },
});

// Runs against a real O2G too, with a user's login (the forward is set on the session's own user). The
// console has no forward form yet: the Routing service's free-form request sets it, as a developer would.
demo('forward-my-calls', async ({ page, director: d, account }) => {
  const { server, login, password } = account('oxe2001', '2001');
  const loginPage = new LoginPage(page);
  const consolePage = new ConsolePage(page);
  const servicePage = new ServicePage(page);
  const events = new EventsPage(page);
  const path = page.getByRole('textbox', { name: 'Path under the service' });
  const send = page.getByRole('button', { name: 'Send' });
  const answer = page.getByRole('region', { name: 'Answer', exact: true });

  await d.scene(
    'Alice opens the Routing service',
    'Routing is where an O2G user’s calls go: forward, overflow to voicemail, do not disturb.',
    async () => {
      await loginPage.goto();
      if (server) await d.type(loginPage.server, server);
      await d.type(loginPage.login, login);
      await d.type(loginPage.password, password);
      await d.click(loginPage.signIn);
      await expect(events.channel('Live')).toBeVisible();
      await d.click(consolePage.servicesTable.getByRole('link', { name: 'Routing', exact: true }));
      await expect(servicePage.heading('Routing')).toBeVisible();
    },
  );

  await d.scene(
    'No forward today',
    'Reading the forward: the O2G answers an empty list of destinations, so calls ring at her desk.',
    async () => {
      await d.click(servicePage.read('Read the forward').getByRole('button', { name: 'Read the forward' }));
      await expect(servicePage.answer('Read the forward')).toContainText('HTTP 200');
      await d.pointAt(servicePage.answer('Read the forward'));
    },
  );

  await d.scene(
    `Forward every call to ${FORWARD_TO}`,
    'A POST on the forward route with one destination, Chloé’s number: the O2G’s own request, sent from the service page.',
    async () => {
      await d.pick(page.getByRole('combobox', { name: 'Method' }), 'POST');
      await d.type(path, '/forwardroute');
      await d.type(page.getByRole('textbox', { name: 'JSON body' }), FORWARD_BODY);
      await d.click(send);
      await expect(answer).toContainText('HTTP 204');
      await d.pointAt(answer);
    },
  );

  await d.scene(
    'The O2G confirms it',
    `Read again: the forward now leads to ${FORWARD_TO}, immediately, for every call.`,
    async () => {
      await d.click(servicePage.read('Read the forward').getByRole('button', { name: 'Read the forward' }));
      const forward = servicePage.answer('Read the forward');
      await expect(forward).toContainText('"destinations"');
      // The tree opens one level; the destination is one below.
      await d.click(forward.getByRole('button', { name: /^Expand/ }).first());
      await expect(forward).toContainText(`"number": "${FORWARD_TO}"`);
      await d.pointAt(servicePage.answer('Read the forward'));
    },
  );

  await d.scene(
    'And says so on the event channel',
    'Every change of routing is pushed as OnRoutingStateChanged: any application watching Alice hears of it at once.',
    async () => {
      await d.click(consolePage.section('Events'));
      await expect(events.rows(`OnRoutingStateChanged ${login}`)).not.toHaveCount(0);
      await d.pointAt(events.rows(`OnRoutingStateChanged ${login}`).first());
    },
  );

  await d.scene(
    'Cancel the forward',
    'A DELETE on the same route: calls ring at Alice’s desk again, and the channel reports that too.',
    async () => {
      const before = await events.rows(`OnRoutingStateChanged ${login}`).count();
      await d.click(consolePage.section('Services'));
      await d.click(consolePage.servicesTable.getByRole('link', { name: 'Routing', exact: true }));
      await d.pick(page.getByRole('combobox', { name: 'Method' }), 'DELETE');
      await d.type(path, '/forwardroute');
      await d.click(send);
      await expect(answer).toContainText('HTTP 204');
      await d.click(consolePage.section('Events'));
      await expect(events.rows(`OnRoutingStateChanged ${login}`)).toHaveCount(before + 1);
    },
  );
});
