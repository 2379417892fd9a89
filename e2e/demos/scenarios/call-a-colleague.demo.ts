import { ConsolePage } from '../../pages/console-page';
import { LoginPage } from '../../pages/login-page';
import { TelephonyPage } from '../../pages/telephony-page';
import { demo, expect } from '../demo-test';

// Alice (2001) is driven from the console by an administrator; Bruno (2002) and Chloé (2003) are the
// lab's simulated phones, which pick up through its controls, as a colleague at a desk would.
demo('call-a-colleague', async ({ page, director: d, lab }) => {
  const loginPage = new LoginPage(page);
  const phone = new TelephonyPage(page);
  const consolePage = new ConsolePage(page);

  await d.scene(
    'An administrator opens Telephony',
    'Signed in as admin, the console can act for any user: here it places calls from Alice’s desk phone, 2001.',
    async () => {
      await loginPage.goto();
      await d.type(loginPage.login, 'admin');
      await d.type(loginPage.password, 'admin');
      await d.click(loginPage.signIn);
      await expect(page).toHaveURL(/\/services/);
      await d.click(consolePage.section('Telephony'));
      await expect(phone.extensions).toBeVisible();
      await d.pick(phone.callFrom, /^2001 /);
    },
  );

  await d.scene(
    'Alice calls Bruno on 2002',
    'One REST request asks the O2G to make the call; the call’s progress comes back as events.',
    async () => {
      for (const key of '2002') await d.click(page.getByRole('button', { name: `Dial ${key}` }));
      await d.click(phone.call);
      await expect(phone.state('2002')).toHaveText('ringing');
      await d.pointAt(phone.row('2002'));
    },
  );

  await d.scene(
    'Bruno picks up',
    'The lab plays Bruno and lifts his handset: both cards turn active, and the grid shows both extensions busy.',
    async () => {
      await lab.answer('2002');
      await expect(phone.state('2001')).toHaveText('active');
      await expect(phone.state('2002')).toHaveText('active');
      await d.pointAt(phone.calls('2001').first());
    },
  );

  await d.scene(
    'Alice puts Bruno on hold',
    'Hold is offered because the call’s capabilities, as the O2G reports them, allow it now.',
    async () => {
      await d.click(phone.button('2001', 'Hold'));
      await expect(phone.state('2001')).toHaveText('held');
    },
  );

  await d.scene(
    'She asks Chloé first',
    'A second call from the same phone: 2003 rings while Bruno waits on hold, and the lab answers for Chloé.',
    async () => {
      await d.type(phone.number, '2003');
      await d.click(phone.call);
      await expect(phone.state('2003')).toHaveText('ringing');
      await lab.answer('2003');
      await expect(phone.callIn('2001', 'active')).toHaveCount(1);
      await expect(phone.callIn('2001', 'held')).toHaveCount(1);
      await d.pointAt(phone.callIn('2001', 'active'));
    },
  );

  await d.scene(
    'Transfer Bruno to Chloé',
    'With one call active and one on hold, the active call offers a consultation transfer: Alice leaves, Bruno and Chloé talk.',
    async () => {
      await d.click(phone.callIn('2001', 'active').getByRole('button', { name: 'Transfer to held call (2001)' }));
      await expect(phone.calls('2001')).toHaveCount(0);
      await expect(phone.state('2002')).toHaveText('active');
      await expect(phone.state('2003')).toHaveText('active');
      await d.pointAt(phone.calls('2003').first());
    },
  );

  await d.scene(
    'Bruno hangs up',
    'The console acts for Bruno too: the call ends on both sides and every phone is free again.',
    async () => {
      await d.click(phone.button('2002', 'Hang up'));
      await expect(phone.calls('2002')).toHaveCount(0);
      await expect(phone.calls('2003')).toHaveCount(0);
      await expect(phone.row('2003')).toContainText('Free');
      await d.pointAt(phone.extensions);
    },
  );
});
