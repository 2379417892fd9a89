import { ConsolePage } from '../../pages/console-page';
import { LoginPage } from '../../pages/login-page';
import { TelephonyPage } from '../../pages/telephony-page';
import { VoicemailPage } from '../../pages/voicemail-page';
import { demo, expect } from '../demo-test';

// The lab's clock stands in for waiting: past the 20 s ring timeout, then the seconds Chloé speaks.
const RING_TIMEOUT_SECONDS = 20;
const CHLOE = 'Chloé Dubois (2003)';

demo('voicemail', async ({ page, director: d, lab }) => {
  const loginPage = new LoginPage(page);
  const consolePage = new ConsolePage(page);
  const phone = new TelephonyPage(page);
  const voicemail = new VoicemailPage(page);
  const signIn = async (login: string, password: string) => {
    await d.type(loginPage.login, login);
    await d.type(loginPage.password, password);
    await d.click(loginPage.signIn);
    await expect(page).toHaveURL(/\/services/);
  };

  await d.scene(
    'Chloé calls Alice',
    'Chloé (2003) signs in and calls 2001. Alice is away from her desk: her phone rings and nobody answers.',
    async () => {
      await loginPage.goto();
      await signIn('oxe2003', '2003');
      await d.click(consolePage.section('Telephony'));
      await d.type(phone.number, '2001');
      await d.click(phone.call);
      await expect(phone.state('2003')).toHaveText('ringing out');
    },
  );

  await d.scene(
    'After 20 s of ringing, the voicemail picks up',
    'The lab fast-forwards its clock past the ring timeout; the call turns active, now with Alice’s mailbox on 1999.',
    async () => {
      await lab.advanceClock(RING_TIMEOUT_SECONDS + 1);
      await expect(phone.state('2003')).toHaveText('active');
      await d.pointAt(phone.calls('2003').first());
    },
  );

  await d.scene(
    'Chloé leaves a message and hangs up',
    'She speaks for a few seconds (the lab’s clock again), then hangs up: the message is stored in the mailbox.',
    async () => {
      await lab.advanceClock(6);
      await d.click(phone.button('2003', 'Hang up'));
      await expect(phone.calls('2003')).toHaveCount(0);
      await d.click(consolePage.endSession);
      await expect(page).toHaveURL(/\/login/);
    },
  );

  await d.scene(
    'Alice is back: the lamp is lit',
    'Alice signs in; the header shows her message-waiting lamp, as her desk phone would.',
    async () => {
      await signIn('oxe2001', '2001');
      await expect(voicemail.badge('Message waiting for oxe2001: 1 new voice message')).toBeVisible();
      await d.pointAt(voicemail.badge('Message waiting for oxe2001: 1 new voice message'));
    },
  );

  await d.scene(
    'Open the mailbox',
    'The Voicemail page connects to her mailbox with her user password, and lists the message from Chloé.',
    async () => {
      await d.click(consolePage.section('Voicemail'));
      await d.click(voicemail.useUserPassword);
      await expect(voicemail.message(CHLOE)).toContainText('new');
      await d.pointAt(voicemail.message(CHLOE));
    },
  );

  await d.scene(
    'Play it',
    'The console downloads the recording from the O2G and plays it in the page; listening marks it heard.',
    async () => {
      await d.click(voicemail.button(CHLOE, 'Play'));
      await expect(voicemail.audio).toHaveAttribute('src', /^blob:/);
      await d.pointAt(voicemail.player);
      await expect(voicemail.counter('New messages', 0)).toBeVisible();
    },
  );

  await d.scene(
    'Or call the voicemail on 1999',
    'One click calls 1999 from Alice’s own phone, as she would from her desk; Telephony shows the call.',
    async () => {
      await d.click(voicemail.callVoicemail);
      await expect(page.getByText('Calling 1999 from 2001')).toBeVisible();
      await d.click(consolePage.section('Telephony'));
      await expect(phone.calls('2001').first()).toContainText('1999');
      await d.pointAt(phone.calls('2001').first());
      await d.click(phone.button('2001', 'Hang up'));
      await expect(phone.calls('2001')).toHaveCount(0);
    },
  );
});
