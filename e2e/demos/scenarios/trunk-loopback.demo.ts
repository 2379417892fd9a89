import { ConsolePage } from '../../pages/console-page';
import { LoginPage } from '../../pages/login-page';
import { TelephonyPage } from '../../pages/telephony-page';
import { demo, expect } from '../demo-test';

// 91 + XX + YYY + extension: the call leaves the PBX on the trunk and comes back in from outside.
const LOOPBACK = '91123452003';

demo('trunk-loopback', async ({ page, director: d, lab }) => {
  const loginPage = new LoginPage(page);
  const phone = new TelephonyPage(page);

  await d.scene(
    'An administrator calls from Alice’s phone',
    'Signed in as admin, the console acts for Alice (2001) and sees every extension, Chloé’s 2003 included.',
    async () => {
      await loginPage.goto();
      await d.type(loginPage.login, 'admin');
      await d.type(loginPage.password, 'admin');
      await d.click(loginPage.signIn);
      await expect(page).toHaveURL(/\/services/);
      await d.click(new ConsolePage(page).section('Telephony'));
      await expect(phone.extensions).toBeVisible();
      await d.pick(phone.callFrom, /^2001 /);
    },
  );

  await d.scene(
    'Dial through the trunk loopback',
    'In a vlab, 91 + two digits + three digits + an extension goes out on a real trunk and comes back: 9112345 then 2003.',
    async () => {
      await d.type(phone.number, LOOPBACK);
      await expect(page.getByText(/Trunk loopback to 2003 .*external call/)).toBeVisible();
      await d.pointAt(page.getByText(/Trunk loopback to 2003 .*external call/));
    },
  );

  await d.scene(
    'Chloé’s phone rings with an outside number',
    'The call left the PBX and came back in, so 2003 sees the trunk’s number, not Alice: an external call.',
    async () => {
      await d.click(phone.call);
      await expect(phone.state('2001')).toHaveText(/ringing out|dialling|active/);
      await expect(phone.state('2003')).toHaveText('ringing');
      await expect(phone.calls('2003').first()).toContainText(/external 91\d{5}2001/);
      await d.pointAt(phone.calls('2003').first());
    },
  );

  await d.scene(
    'Chloé answers, then hangs up',
    'The lab plays Chloé: she picks up, Alice’s card turns active; when she hangs up the call ends for Alice too.',
    async () => {
      await lab.answer('2003');
      await expect(phone.state('2001')).toHaveText('active');
      await d.pointAt(phone.calls('2001').first());
      await d.pause(1500);
      await lab.hangUp('2003');
      await expect(phone.calls('2001')).toHaveCount(0);
    },
  );
});
