import { expect, test } from './fixtures';

const FIRST_CALLER = '0611223344';
const SECOND_CALLER = '0699887766';

test('a user finds events by any text, reads them in words, and narrows the log to one call', async ({
  lab,
  loginPage,
  eventsPage,
  page,
}) => {
  await loginPage.signInToServices('oxe2001', '2001');
  await eventsPage.openLive();

  const first = await lab.incomingCall(FIRST_CALLER, '2001');
  await expect(eventsPage.rows('OnCallCreated oxe2001')).toHaveCount(1);
  await lab.hangUp('2001');
  await expect(eventsPage.rows('OnCallRemoved oxe2001')).toHaveCount(1);
  const second = await lab.incomingCall(SECOND_CALLER, '2001');
  await expect(eventsPage.rows('OnCallCreated oxe2001')).toHaveCount(2);

  // Each row says what happened in words.
  await expect(eventsPage.rows('OnCallCreated oxe2001').first()).toContainText(`${SECOND_CALLER} calls 2001`);
  await expect(eventsPage.rows('OnCallRemoved oxe2001')).toContainText(`Call ${first} ended`);

  // A number anywhere in the event's body finds it, whatever else the log holds.
  await eventsPage.search.fill(SECOND_CALLER);
  await expect(eventsPage.rows()).toHaveCount(1);
  await expect(eventsPage.rows('OnCallCreated oxe2001')).toContainText(`${SECOND_CALLER} calls 2001`);
  // Case does not matter, and words of the summary count.
  await eventsPage.search.fill(`CALL ${first.toUpperCase()} ENDED`);
  await expect(eventsPage.rows()).toHaveCount(1);
  await expect(eventsPage.rows('OnCallRemoved oxe2001')).toBeVisible();

  await eventsPage.search.fill('no-such-event');
  await expect(eventsPage.rows()).toHaveCount(0);
  await expect(eventsPage.log).toContainText('No event matches “no-such-event”.');
  await eventsPage.search.fill('');
  await expect(eventsPage.rows('OnCallCreated oxe2001')).toHaveCount(2);

  // A row's call reference narrows the log to that call: every event of it, and nothing else.
  const all = await eventsPage.rows().count();
  await eventsPage.onlyCall(first).click();
  await expect(page.getByRole('combobox', { name: 'Call reference' })).toHaveValue(first);
  const firstRows = eventsPage.table.getByRole('button', { name: `Show the timeline of call ${first}` });
  await expect(eventsPage.rows()).toHaveCount(await firstRows.count());
  expect(await eventsPage.rows().count()).toBeLessThan(all);
  await expect(
    eventsPage.table.getByRole('button', { name: `Show the timeline of call ${second}` }),
  ).toHaveCount(0);

  // And the picker takes the other call.
  await eventsPage.filter('Call reference', second);
  await expect(
    eventsPage.table.getByRole('button', { name: `Show the timeline of call ${first}` }),
  ).toHaveCount(0);
  await expect(eventsPage.rows('OnCallCreated oxe2001')).toHaveCount(1);
  await eventsPage.clearFilter('Call reference');
  await expect(eventsPage.rows()).toHaveCount(all);
});
