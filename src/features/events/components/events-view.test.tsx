import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createO2gClient } from '../../../o2g/client';
import { captureDownloads } from '../../../testing/downloads';
import { render } from '../../../testing/render';
import { createEventLog } from '../model/event-log';
import { EventLogContext } from '../model/event-log-context';
import { WithClient } from '../../../testing/test-providers';
import { EventsView } from './events-view';

function setUp() {
  const client = createO2gClient();
  client.channel.set('live');
  const log = createEventLog();
  const view = render(
    <WithClient client={client}>
      <EventLogContext.Provider value={log}>
        <EventsView />
      </EventLogContext.Provider>
    </WithClient>,
  );
  // The log tells the page in a microtask (one render per burst), so the act waits for it.
  const add = (event: { eventName: string; [key: string]: unknown }) =>
    act(async () => {
      log.add(event);
      await Promise.resolve();
    });
  const rows = () =>
    within(screen.getByRole('table', { name: 'Events' }))
      .getAllByRole('row')
      .slice(1);
  return { ...view, client, log, add, rows };
}

const created = {
  eventName: 'OnCallCreated',
  loginName: 'oxe2001',
  callRef: 'c1',
  callData: { state: 'RINGING_INCOMING' },
};
const summary = {
  eventName: 'OnEventSummaryUpdated',
  loginName: 'oxe2002',
  eventSummary: { missedCallsNb: 1 },
};

// The NDJSON export's file.
const saved = captureDownloads();

describe('the Events page', () => {
  it('says there is no event yet, then shows events newest first', async () => {
    const { add, rows } = setUp();
    expect(screen.getByText(/No event yet/)).toBeInTheDocument();
    await add(created);
    await add(summary);
    expect(rows().map((row) => row.getAttribute('aria-label'))).toEqual([
      'OnEventSummaryUpdated oxe2002',
      'OnCallCreated oxe2001',
    ]);
    expect(screen.getByText('2 events')).toBeInTheDocument();
  });

  it('filters by package and by login, and says when nothing matches', async () => {
    const { add, rows, user } = setUp();
    await add(created);
    await add(summary);
    await user.click(screen.getByRole('combobox', { name: 'Package' }));
    await user.click(screen.getByRole('option', { name: 'eventSummary' }));
    expect(rows()).toHaveLength(1);
    expect(screen.getByText('1 of 2 events')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Login' }));
    await user.click(screen.getByRole('option', { name: 'oxe2001' }));
    expect(screen.getByText('No event matches these filters.')).toBeInTheDocument();
  });

  it('searches any text of the events, narrows to one call, and says when nothing matches the search', async () => {
    const { add, rows, user } = setUp();
    await add(created);
    await add(summary);
    await add({ eventName: 'OnCallCreated', loginName: 'oxe2003', callRef: 'c2' });
    expect(within(rows()[1]!).getByText('oxe2002: 1 missed call')).toBeInTheDocument();
    const search = screen.getByRole('searchbox', { name: 'Search events' });
    await user.click(search);
    await user.paste('MISSEDCALLSNB');
    expect(rows().map((row) => row.getAttribute('aria-label'))).toEqual(['OnEventSummaryUpdated oxe2002']);
    await user.clear(search);
    await user.paste('no such thing');
    expect(screen.getByText('No event matches “no such thing”.')).toBeInTheDocument();
    await user.clear(search);
    await user.click(screen.getByRole('button', { name: 'Show only call c1' }));
    expect(rows().map((row) => row.getAttribute('aria-label'))).toEqual(['OnCallCreated oxe2001']);
    expect(screen.getByRole('combobox', { name: 'Call reference' })).toHaveValue('c1');
  });

  it('freezes the view while paused, counts what arrives, and shows it on resume', async () => {
    const { add, rows, user } = setUp();
    await add(created);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await add(summary);
    await add({ eventName: 'OnCallRemoved', loginName: 'oxe2001', callRef: 'c1' });
    expect(rows()).toHaveLength(1);
    expect(screen.getByText('Paused: 2 new')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(rows()).toHaveLength(3);
    expect(screen.queryByText(/Paused:/)).not.toBeInTheDocument();
  });

  it('clears the log', async () => {
    const { add, user, log } = setUp();
    await add(created);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(log.snapshot().entries).toEqual([]);
    expect(screen.getByText(/No event yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear' })).toBeDisabled();
  });

  it('opens an event onto its JSON and closes it again', async () => {
    const { add, user } = setUp();
    await add(summary);
    await user.click(screen.getByRole('button', { name: 'Show JSON of OnEventSummaryUpdated #1' }));
    const tree = screen.getByRole('tree', { name: 'JSON of OnEventSummaryUpdated #1' });
    expect(tree).toHaveTextContent('"missedCallsNb": 1');
    await user.click(screen.getByRole('button', { name: 'Hide JSON of OnEventSummaryUpdated #1' }));
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
  });

  it('exports what is shown as NDJSON, one event per line', async () => {
    const { add, user } = setUp();
    await add(created);
    await add(summary);
    await user.click(screen.getByRole('button', { name: 'Export NDJSON' }));
    expect(saved).toHaveLength(1);
    const text = await saved[0]!.blob.text();
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([created, summary]);
  });

  it('draws the timeline of a call picked in the log', async () => {
    const { add, user } = setUp();
    await add(created);
    await add({
      eventName: 'OnCallModified',
      loginName: 'oxe2001',
      callRef: 'c1',
      callData: { state: 'ACTIVE' },
    });
    await add({ eventName: 'OnCallRemoved', loginName: 'oxe2001', callRef: 'c1' });
    expect(screen.getByText(/Pick a call here/)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Show the timeline of call c1' })[0]!);
    const timeline = screen.getByLabelText('Timeline of call c1');
    expect(
      within(timeline)
        .getAllByText(/^(created, ringing|active|released)$/)
        .map((node) => node.textContent),
    ).toEqual(['created, ringing', 'active', 'released']);
  });

  it('draws a window of a long log, newest on top, from one burst of events', async () => {
    const { log, rows } = setUp();
    await act(async () => {
      for (let n = 1; n <= 1500; n += 1) log.add({ eventName: 'OnUserStateModified', loginName: `user${n}` });
      await Promise.resolve();
    });
    expect(screen.getByText('1500 events')).toBeInTheDocument();
    const drawn = rows();
    expect(drawn[0]).toHaveAttribute('aria-label', 'OnUserStateModified user1500');
    // A screenful and a few more, not the whole log: the rest is scrolled to.
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(60);
    expect(screen.getByRole('region', { name: 'Event rows' })).toHaveAttribute('tabindex', '0');
  });

  it('says when the channel is down', () => {
    const { client } = setUp();
    act(() => client.channel.set('reconnecting'));
    expect(screen.getByRole('status')).toHaveTextContent('reopening it');
    act(() => client.channel.set('failed'));
    expect(screen.getByRole('alert')).toHaveTextContent('Events off');
  });
});
