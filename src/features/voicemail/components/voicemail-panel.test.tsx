import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../../testing/render';
import { CacheEventsOf, WithClient } from '../../../testing/test-providers';
import { voicemailEvents } from '../api/voicemail-events';
import { VoicemailPanel } from './voicemail-panel';
import { BASE, message, voicemailClient } from '../testing/voicemail-test-kit';

type Client = ReturnType<typeof voicemailClient>['client'];

function renderPanel(client: Client, sessionLogin = 'oxe2001') {
  return render(
    <WithClient client={client}>
      <CacheEventsOf features={[voicemailEvents]} baseUrl={BASE} />
      <VoicemailPanel baseUrl={BASE} admin={false} sessionLogin={sessionLogin} telephonyHref="/telephony" />
    </WithClient>,
    { route: '/voicemail' },
  );
}

async function connectWithUserPassword(user: ReturnType<typeof renderPanel>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Use my user password' }));
  return screen.findByRole('table', { name: 'Voice messages' });
}

describe('VoicemailPanel', () => {
  it('states plainly that a user has no mailbox, without an error', async () => {
    const { client } = voicemailClient([], 'oxe2004');
    renderPanel(client, 'oxe2004');
    expect(await screen.findByText('No voice mailbox for this user')).toBeInTheDocument();
    expect(screen.getByText(/lists no voice mailbox for oxe2004/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: /Call voicemail/ })).toBeNull();
  });

  it('tells a wrong mailbox password plainly, clears the field, then connects with the right one', async () => {
    const { client, request } = voicemailClient([message('m1')]);
    const { user, queryClient } = renderPanel(client);
    const field = await screen.findByLabelText('Mailbox password');
    await user.type(field, '9999');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong mailbox password');
    expect(field).toHaveValue('');
    await user.type(field, '1234');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByRole('table', { name: 'Voice messages' });
    expect(screen.getByRole('status', { name: 'New messages: 1' })).toBeInTheDocument();
    expect(screen.getByLabelText('Storage used: 4%')).toBeInTheDocument();
    // Connected is where the figure comes from: nothing to qualify.
    expect(screen.getByText('Storage used')).toBeInTheDocument();
    expect(screen.queryByText(/when connected/)).toBeNull();
    // The password went in the body of the connect request only, and nothing keeps it.
    const connects = request.mock.calls.filter(([method]) => method === 'POST');
    expect(connects.map(([, , , init]) => init?.json)).toEqual([{ password: '9999' }, { password: '1234' }]);
    const kept = queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state.variables);
    expect(kept).toHaveLength(2);
    expect(JSON.stringify(kept)).not.toMatch(/9999|1234/);
  });

  it('lists caller, date, duration, new or heard and priority', async () => {
    const { client } = voicemailClient([
      message('m1', { highPriority: true }),
      message('m2', { unread: false, from: undefined, duration: 75 }),
    ]);
    const { user } = renderPanel(client);
    const table = await connectWithUserPassword(user);
    const first = within(table).getByRole('row', { name: 'Message from Chloé Dubois (2003)' });
    expect(first).toHaveTextContent('Chloé Dubois');
    expect(first).toHaveTextContent('2003');
    expect(first).toHaveTextContent('0:07');
    expect(first).toHaveTextContent('new');
    expect(first).toHaveTextContent('urgent');
    expect(first).toHaveTextContent('2026');
    const second = within(table).getByRole('row', { name: 'Message from Unknown caller' });
    expect(second).toHaveTextContent('1:15');
    expect(second).toHaveTextContent('heard');
    expect(within(second).getByRole('button', { name: /^Mark heard/ })).toBeDisabled();
    expect(within(second).getByRole('button', { name: /^Call back/ })).toBeDisabled();
    expect(screen.getByRole('status', { name: 'Total messages: 2' })).toBeInTheDocument();
  });

  it('marks a message heard with the two-byte Range read', async () => {
    const { client, requestBlob } = voicemailClient([message('m1')]);
    const { user } = renderPanel(client);
    await connectWithUserPassword(user);
    await user.click(screen.getByRole('button', { name: 'Mark heard: message from Chloé Dubois (2003)' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'New messages: 0' })).toBeInTheDocument());
    expect(requestBlob).toHaveBeenCalledWith('GET', `${BASE}/messaging/mailboxes/2001/voicemails/m1`, {
      headers: { Range: 'bytes=0-1' },
    });
  });

  it('plays a message in the page from an object URL, and gives the URL back on close', async () => {
    const create = vi.fn(() => 'blob:voice-1');
    const revoke = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke }));
    const { client } = voicemailClient([message('m1')]);
    const { user } = renderPanel(client);
    await connectWithUserPassword(user);
    await user.click(screen.getByRole('button', { name: 'Play message from Chloé Dubois (2003)' }));
    const player = await screen.findByRole('region', { name: 'Message player' });
    expect(player.querySelector('audio')).toHaveAttribute('src', 'blob:voice-1');
    await waitFor(() => expect(screen.getByRole('status', { name: 'New messages: 0' })).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Close the player' }));
    expect(revoke).toHaveBeenCalledWith('blob:voice-1');
    vi.unstubAllGlobals();
  });

  it('deletes several messages after a confirmation, and nothing on cancel', async () => {
    const { client, request } = voicemailClient([message('m1'), message('m2'), message('m3')]);
    const { user } = renderPanel(client);
    const table = await connectWithUserPassword(user);
    const boxes = within(table).getAllByRole('checkbox', { name: /^Select message/ });
    await user.click(boxes[0] as HTMLElement);
    await user.click(boxes[1] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete 2 voice messages?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(request.mock.calls.some(([method]) => method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete 2 voice messages?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(within(table).getAllByRole('checkbox', { name: /^Select message/ })).toHaveLength(1),
    );
    expect(request).toHaveBeenCalledWith(
      'DELETE',
      `${BASE}/messaging/mailboxes/2001/voicemails?msgIds=m1%3Bm2`,
      undefined,
    );
    expect(screen.getByRole('status', { name: 'Total messages: 1' })).toBeInTheDocument();
  });

  it('reads the list again when OnEventSummaryUpdated says a message arrived', async () => {
    const { client, lab } = voicemailClient([]);
    const { user } = renderPanel(client);
    await user.click(await screen.findByRole('button', { name: 'Use my user password' }));
    expect(await screen.findByText('No messages in this mailbox.')).toBeInTheDocument();
    lab.messages = [message('m9')];
    act(() =>
      client.events.emit({
        eventName: 'OnEventSummaryUpdated',
        loginName: 'oxe2001',
        eventSummary: { voiceMessagesNb: 1 },
      }),
    );
    expect(await screen.findByRole('row', { name: 'Message from Chloé Dubois (2003)' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'New messages: 1' })).toBeInTheDocument();
  });

  it('calls the voicemail from the user’s device and points to the telephony panel', async () => {
    const { client, request } = voicemailClient();
    const { user } = renderPanel(client);
    const button = await screen.findByRole('button', { name: 'Call voicemail (1999)' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(await screen.findByText(/Calling 1999 from 2001/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Telephony' })).toHaveAttribute('href', '/telephony');
    expect(request).toHaveBeenCalledWith('POST', `${BASE}/telephony/basicCall`, undefined, {
      json: { deviceId: '2001', callee: '1999', autoAnswer: true },
    });
  });

  it('says before connecting how many new messages wait, as the header lamp does, live', async () => {
    const { client } = voicemailClient([message('m1'), message('m2')]);
    renderPanel(client);
    expect(await screen.findByText(/^oxe2001: 2 new voice messages waiting\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Mailbox password')).toBeInTheDocument();
    act(() =>
      client.events.emit({
        eventName: 'OnEventSummaryUpdated',
        loginName: 'oxe2001',
        eventSummary: { voiceMessagesNb: 1 },
      }),
    );
    expect(await screen.findByText(/^oxe2001: 1 new voice message waiting\./)).toBeInTheDocument();
    act(() =>
      client.events.emit({
        eventName: 'OnEventSummaryUpdated',
        loginName: 'oxe2001',
        eventSummary: { voiceMessagesNb: 0 },
      }),
    );
    expect(await screen.findByText('No new voice message for oxe2001.')).toBeInTheDocument();
  });
});
