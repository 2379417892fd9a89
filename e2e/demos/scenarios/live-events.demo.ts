import { ConsolePage } from '../../pages/console-page';
import { EventsPage } from '../../pages/events-page';
import { LoginPage } from '../../pages/login-page';
import { demo, expect } from '../demo-test';

const OUTSIDE = '0611223344';

demo('live-events', async ({ page, director: d, lab }) => {
  const loginPage = new LoginPage(page);
  const consolePage = new ConsolePage(page);
  const events = new EventsPage(page);
  let firstCall = '';

  await d.scene(
    'Alice signs in: the event channel opens',
    'The console subscribes to Alice’s O2G events and keeps one channel open; the Live badge in the header says it is up.',
    async () => {
      await loginPage.goto();
      await d.type(loginPage.login, 'oxe2001');
      await d.type(loginPage.password, '2001');
      await d.click(loginPage.signIn);
      await expect(events.channel('Live')).toBeVisible();
      await d.pointAt(events.channel('Live'));
      await d.click(consolePage.section('Events'));
      await expect(events.log).toContainText('No event yet');
    },
  );

  await d.scene(
    'A call comes in from outside',
    'The lab rings 2001 from a mobile number. Nothing is polled: the O2G pushes OnCallCreated as it happens.',
    async () => {
      firstCall = await lab.incomingCall(OUTSIDE, '2001');
      await expect(events.rows('OnCallCreated oxe2001')).toHaveCount(1);
      await d.pointAt(events.rows('OnCallCreated oxe2001'));
    },
  );

  await d.scene(
    'Alice answers, then the caller hangs up',
    'Each change of the call is an event of its own: the log grows as the call goes on.',
    async () => {
      await lab.answer('2001');
      await expect(events.rows().nth(1)).toBeVisible();
      await d.pause(1200);
      await lab.hangUp('2001');
      await expect(events.rows('OnCallRemoved oxe2001')).toHaveCount(1);
      await d.pointAt(events.rows('OnCallRemoved oxe2001'));
    },
  );

  await d.scene(
    'Filter, and read one event in full',
    'Filters narrow the log to one package and one event; each row opens the event’s JSON, as the O2G sent it.',
    async () => {
      await d.pick(page.getByRole('combobox', { name: 'Package' }), 'telephony');
      await d.pick(page.getByRole('combobox', { name: 'Event' }), 'OnCallCreated');
      await expect(events.rows()).toHaveCount(1);
      await d.click(events.rows('OnCallCreated oxe2001').getByRole('button', { name: /^Show JSON/ }));
      const json = events.table.getByRole('tree', { name: /^JSON of OnCallCreated/ });
      await expect(json).toContainText(`"callRef": "${firstCall}"`);
      await d.pointAt(json);
    },
  );

  await d.scene(
    'The call’s timeline',
    'From any of its events, the call’s whole story: created and ringing, answered, released.',
    async () => {
      await d.click(events.rows('OnCallCreated oxe2001').getByRole('button', { name: /^Show the timeline/ }));
      await expect(events.timeline.getByText('released', { exact: true })).toBeVisible();
      await d.pointAt(events.timeline);
    },
  );

  await d.scene(
    'Another call while we watch',
    'Back to every event: a second outside call shows up at once, newest first.',
    async () => {
      // Filters first: once the log is empty they have no choices left to clear from.
      await events.clearFilter('Event');
      await events.clearFilter('Package');
      await d.click(events.clear);
      await lab.incomingCall(OUTSIDE, '2001');
      await expect(events.rows('OnCallCreated oxe2001')).toHaveCount(1);
      await d.pointAt(events.rows('OnCallCreated oxe2001'));
      // Answered first: a ringing phone that hangs up would send the caller to Alice's voicemail.
      await lab.answer('2001');
      await lab.hangUp('2001');
      await expect(events.rows('OnCallRemoved oxe2001')).toHaveCount(1);
    },
  );
});
