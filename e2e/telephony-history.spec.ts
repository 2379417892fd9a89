import { expect, test } from './fixtures';

const OUTSIDE = '0611223344';

test('a call that ends is listed under the live ones: who, how it ended, how long it was talked', async ({
  lab,
  loginPage,
  telephonyPage: phone,
}) => {
  await loginPage.signInToServices('oxe2001', '2001');
  await phone.open();
  await expect(phone.endedCalls).toContainText('No call has ended in this session yet.');

  await lab.incomingCall(OUTSIDE, '2001');
  await expect(phone.state('2001')).toHaveText('ringing');
  await phone.button('2001', 'Answer').click();
  await expect(phone.state('2001')).toHaveText('active');
  await phone.button('2001', 'Hang up').click();
  await expect(phone.calls('2001')).toHaveCount(0);

  const ended = phone.endedCalls.getByRole('listitem');
  await expect(ended).toHaveCount(1);
  await expect(ended).toContainText(`from external ${OUTSIDE}`);
  await expect(ended).toContainText(/hung up · talked \d+:\d\d · ended \d/);

  // A call turned down on the phone is listed as declined, newest first.
  await lab.incomingCall(OUTSIDE, '2001');
  await expect(phone.state('2001')).toHaveText('ringing');
  await lab.hangUp('2001');
  await expect(phone.calls('2001')).toHaveCount(0);
  await expect(ended).toHaveCount(2);
  await expect(ended.first()).not.toContainText('talked');
  await expect(ended.first()).toContainText('declined · ended');
});

test('2001 holds 2002, calls 2003, and makes a conference of the two', async ({
  lab,
  loginPage,
  telephonyPage: phone,
}) => {
  await loginPage.signInToServices('oxe2001', '2001');
  await phone.open();

  await phone.number.fill('2002');
  await phone.call.click();
  await expect(phone.state('2001')).toHaveText('ringing out');
  await lab.answer('2002');
  await expect(phone.state('2001')).toHaveText('active');
  // One call alone: nothing to make a conference with.
  await expect(phone.button('2001', 'Conference with held call')).toHaveCount(0);
  await phone.button('2001', 'Hold').click();
  await expect(phone.state('2001')).toHaveText('held');

  await phone.number.fill('2003');
  await phone.call.click();
  await expect(phone.callIn('2001', 'ringing out')).toHaveCount(1);
  await lab.answer('2003');
  const active = phone.callIn('2001', 'active');
  await expect(active).toHaveCount(1);
  await active.getByRole('button', { name: 'Conference with held call (2001)' }).click();

  // One call is left, with both others in it; the held call went into it, it did not end.
  await expect(phone.calls('2001')).toHaveCount(1);
  const conference = phone.calls('2001').first();
  await expect(conference.getByText('conference', { exact: true })).toBeVisible();
  await expect(conference).toContainText('2002');
  await expect(conference).toContainText('2003');
  await expect(phone.state('2001')).toHaveText('active');
  await expect(phone.endedCalls).toContainText('No call has ended in this session yet.');
});
