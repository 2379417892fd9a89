import { ConsolePage } from '../../pages/console-page';
import { EventsPage } from '../../pages/events-page';
import { LoginPage } from '../../pages/login-page';
import { ServicePage } from '../../pages/service-page';
import { TelephonyPage } from '../../pages/telephony-page';
import { demo, expect } from '../demo-test';

const OUTSIDE = '0611223344';
const READ = 'Read the supported languages';

// The lab's fault controls break the O2G on cue; each break ends with the console working again.
demo('o2g-goes-away', async ({ page, director: d, lab }) => {
  const loginPage = new LoginPage(page);
  const consolePage = new ConsolePage(page);
  const servicePage = new ServicePage(page);
  const phone = new TelephonyPage(page);
  const events = new EventsPage(page);

  await d.scene(
    'Alice at work, events live',
    'Alice is signed in with Telephony open; the header’s badge shows the O2G’s event channel is live.',
    async () => {
      await loginPage.goto();
      await d.type(loginPage.login, 'oxe2001');
      await d.type(loginPage.password, '2001');
      await d.click(loginPage.signIn);
      await d.click(consolePage.section('Telephony'));
      await expect(events.channel('Live')).toBeVisible();
      await d.pointAt(events.channel('Live'));
    },
  );

  await d.scene(
    'The event channel drops',
    'The network cuts the channel and the O2G refuses the first attempts to reopen it: the badge says Reconnecting…, and the console retries by itself.',
    async () => {
      await lab.failNextRequests(3);
      await lab.dropEventStreams();
      await expect(events.channel('Reconnecting…')).toBeVisible();
      await d.pointAt(events.channel('Reconnecting…'));
    },
  );

  await d.scene(
    'A call arrives meanwhile, and is not lost',
    'A call rings while the channel is down. Once Live again, the console reads the state afresh: the call shows, once.',
    async () => {
      await lab.incomingCall(OUTSIDE, '2001');
      await expect(events.channel('Live')).toBeVisible({ timeout: 30_000 });
      await expect(phone.state('2001')).toHaveText('ringing');
      await d.pointAt(phone.calls('2001').first());
      await d.click(phone.button('2001', 'Hang up'));
      await expect(phone.calls('2001')).toHaveCount(0);
    },
  );

  await d.scene(
    'The O2G answers 503: busy',
    'A read fails with HTTP 503. The console says so in plain words, keeps what was asked, and one click tries again.',
    async () => {
      await d.click(consolePage.section('Services'));
      await d.click(consolePage.servicesTable.getByRole('link', { name: 'Users', exact: true }));
      const panel = servicePage.read(READ);
      await lab.failNextRequests(1, 503);
      await d.click(panel.getByRole('button', { name: READ }));
      await expect(panel.getByRole('alert')).toContainText('O2G error (HTTP 503)');
      await d.pointAt(panel.getByRole('alert'));
      await expect.poll(async () => (await lab.faultsLeft()).failNext).toBe(0);
      await d.pause(1500);
      await d.click(panel.getByRole('button', { name: READ }));
      await expect(servicePage.answer(READ)).toContainText('HTTP 200');
    },
  );

  await d.scene(
    'A slow O2G',
    'The next answer takes three seconds: the button shows it is busy and cannot be pressed twice, then the answer arrives.',
    async () => {
      const button = servicePage.read(READ).getByRole('button', { name: READ });
      await lab.delayNextRequests(3000);
      await d.click(button);
      await expect(button).toHaveAttribute('aria-busy', 'true');
      await expect(servicePage.answer(READ)).toContainText('HTTP 200');
      await expect(button).toHaveAttribute('aria-busy', 'false');
    },
  );

  await d.scene(
    'Everything is back',
    'No sign-in was needed: the session lived on, the channel is live, and nothing is left busy.',
    async () => {
      await expect(events.channel('Live')).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await d.pointAt(events.channel('Live'));
    },
  );
});
