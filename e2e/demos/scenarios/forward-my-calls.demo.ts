import { ConsolePage } from '../../pages/console-page';
import { EventsPage } from '../../pages/events-page';
import { ExplorerPage } from '../../pages/explorer-page';
import { LoginPage } from '../../pages/login-page';
import { demo, expect } from '../demo-test';
import { openOperation } from './explorer-steps';

const FORWARD_TO = '2003';
const OUTSIDE = '0611223344';

// Runs against a real O2G too, with a user's login (the forward is set on the session's own user); the
// scene where a call follows the forward needs the lab to place and answer it, and is left out there.
demo('forward-my-calls', async ({ page, director: d, account, lab }) => {
  const { server, login, password } = account('oxe2001', '2001');
  const loginPage = new LoginPage(page);
  const consolePage = new ConsolePage(page);
  const explorer = new ExplorerPage(page);
  const events = new EventsPage(page);

  await d.scene(
    'Alice opens the Routing service',
    'Routing is where an O2G user’s calls go: forward, overflow to voicemail, do not disturb. The explorer has a form for each of its operations.',
    async () => {
      await loginPage.goto();
      if (server) await d.type(loginPage.server, server);
      await d.type(loginPage.login, login);
      await d.type(loginPage.password, password);
      await d.click(loginPage.signIn);
      await expect(events.channel('Live')).toBeVisible();
      await d.click(consolePage.section('Explorer'));
      await expect(explorer.heading).toBeVisible();
    },
  );

  await d.scene(
    'No forward today',
    'Reading the forward: the O2G answers an empty list of destinations, so calls ring at her desk.',
    async () => {
      await openOperation(d, explorer, 'Routing', 'The current forward');
      await d.click(explorer.send);
      await expect(explorer.answer).toContainText('HTTP 200');
      await d.pointAt(explorer.answer);
    },
  );

  await d.scene(
    `Forward every call to ${FORWARD_TO}`,
    'The forward form: no forward type means “immediately”, and one destination, Chloé’s number. No JSON to type.',
    async () => {
      await openOperation(d, explorer, 'Routing', 'Forward calls (no forwardType: immediately)');
      await d.click(page.getByRole('button', { name: 'Clear forwardType' }));
      await expect(explorer.picker('forwardType')).toHaveValue('');
      await d.type(explorer.field('number'), FORWARD_TO);
      await d.click(explorer.send);
      await expect(explorer.answer).toContainText('HTTP 204');
      await d.pointAt(explorer.answer);
    },
  );

  await d.scene(
    'The O2G confirms it',
    `Read again: the forward now leads to ${FORWARD_TO}, immediately, for every call.`,
    async () => {
      await openOperation(d, explorer, 'Routing', 'The current forward');
      await d.click(explorer.send);
      await expect(explorer.answer).toContainText('HTTP 200');
      await d.click(explorer.answer.getByRole('tab', { name: 'Raw' }));
      await expect(explorer.answer.getByLabel('Answer text')).toContainText(`"number": "${FORWARD_TO}"`);
      await d.pointAt(explorer.answer.getByLabel('Answer text'));
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

  if (!server) {
    await d.scene(
      'A call for Alice rings Chloé',
      `Someone outside calls Alice: the OXE sends the call straight on to ${FORWARD_TO}, Chloé answers, and Alice’s call log keeps it, marked FORWARDED.`,
      async () => {
        await lab.incomingCall(OUTSIDE, '2001');
        await lab.answer(FORWARD_TO);
        await lab.hangUp(FORWARD_TO);
        await d.click(consolePage.section('Explorer'));
        await openOperation(d, explorer, 'Comlog', 'Query the call records');
        await d.click(explorer.send);
        await expect(explorer.answer).toContainText('HTTP 200');
        await d.click(explorer.answer.getByRole('tab', { name: 'Raw' }));
        const text = explorer.answer.getByLabel('Answer text');
        await expect(text).toContainText('"reason": "FORWARDED"');
        await expect(text).toContainText(`"phoneNumber": "${FORWARD_TO}"`);
        await d.pointAt(text);
      },
    );
  }

  await d.scene(
    'Cancel the forward',
    'A DELETE on the same route: calls ring at Alice’s desk again, and the channel reports that too.',
    async () => {
      await d.click(consolePage.section('Explorer'));
      await openOperation(d, explorer, 'Routing', 'Cancel the forward');
      await d.click(explorer.send);
      await expect(explorer.answer).toContainText('HTTP 204');
      await openOperation(d, explorer, 'Routing', 'The current forward');
      await d.click(explorer.send);
      await expect(explorer.answer).toContainText('HTTP 200');
      await d.click(explorer.answer.getByRole('tab', { name: 'Raw' }));
      await expect(explorer.answer.getByLabel('Answer text')).not.toContainText(`"number": "${FORWARD_TO}"`);
    },
  );
});
