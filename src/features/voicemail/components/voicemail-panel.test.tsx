import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { render } from '../../../testing/render';
import { leaveVoiceMessage, stageOf, type Stage } from '../../../testing/lab-scenes';
import { listenToEvents, requestsOf, signInTo, startOwnLab } from '../../../testing/own-lab';
import { CacheEventsOf, WithClient } from '../../../testing/test-providers';
import { voicemailEvents } from '../api/voicemail-events';
import { VoicemailPanel } from './voicemail-panel';

/**
 * A user's voicemail panel on a lab of the test's own, after `prepare` has played the colleagues (left
 * messages…), with the session's event channel live as in the console.
 */
async function renderPanel(loginName = 'oxe2001', prepare?: (stage: Stage) => Promise<void>) {
  const stage = await stageOf(await startOwnLab());
  await prepare?.(stage);
  const signedIn = await signInTo(stage.lab, loginName);
  await listenToEvents(signedIn);
  const { client, session } = signedIn;
  const requests = requestsOf(client);
  const view = render(
    <WithClient client={client}>
      <CacheEventsOf features={[voicemailEvents]} session={session} />
      <VoicemailPanel
        baseUrl={session.baseUrl}
        admin={false}
        sessionLogin={session.loginName}
        telephonyHref="/telephony"
      />
    </WithClient>,
    { route: '/voicemail' },
  );
  return { ...view, stage, client, requests, baseUrl: session.baseUrl };
}

/** What the lab holds in oxe2001's mailbox. */
const mailboxOf = async (stage: Stage) => (await stage.lab.userState('oxe2001')).mailbox;

async function connectWithUserPassword(user: Awaited<ReturnType<typeof renderPanel>>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Use my user password' }));
  return screen.findByRole('table', { name: 'Voice messages' });
}

const CHLOE = 'Message from Chloé Dubois (2003)';

describe('VoicemailPanel', () => {
  it('states plainly that a user has no mailbox, without an error', async () => {
    await renderPanel('oxe2004');
    expect(await screen.findByText('No voice mailbox for this user')).toBeInTheDocument();
    expect(screen.getByText(/lists no voice mailbox for oxe2004/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: /Call voicemail/ })).toBeNull();
  });

  it('tells a wrong mailbox password plainly, clears the field, then connects with the right one', async () => {
    // 72 s of messages: 4% of the mailbox's 30 minutes.
    const { user, queryClient, requests, baseUrl } = await renderPanel('oxe2001', (stage) =>
      leaveVoiceMessage(stage, '2003', '2001', 72),
    );
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
    // Two connect requests, the password in their bodies only, and nothing keeps it.
    const connects = requests.filter((request) => request.startsWith('POST '));
    expect(connects).toEqual([
      `POST ${baseUrl}/messaging/mailboxes/2001`,
      `POST ${baseUrl}/messaging/mailboxes/2001`,
    ]);
    const kept = queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state.variables);
    expect(kept).toHaveLength(2);
    expect(JSON.stringify(kept)).not.toMatch(/9999|1234/);
  });

  it('lists caller, date, duration and new or heard', async () => {
    const { user } = await renderPanel('oxe2001', async (stage) => {
      await leaveVoiceMessage(stage, '2003', '2001', 7);
      await leaveVoiceMessage(stage, '2005', '2001', 75);
    });
    const table = await connectWithUserPassword(user);
    const first = within(table).getByRole('row', { name: CHLOE });
    expect(first).toHaveTextContent('Chloé Dubois');
    expect(first).toHaveTextContent('2003');
    expect(first).toHaveTextContent('0:07');
    expect(first).toHaveTextContent('new');
    expect(first).toHaveTextContent(String(new Date().getFullYear()));
    const second = within(table).getByRole('row', { name: 'Message from Emma Laurent (2005)' });
    expect(second).toHaveTextContent('1:15');
    expect(screen.getByRole('status', { name: 'Total messages: 2' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'New messages: 2' })).toBeInTheDocument();
  });

  it('marks a message heard with the two-byte Range read', async () => {
    const { user, stage, client } = await renderPanel('oxe2001', (stage) =>
      leaveVoiceMessage(stage, '2003', '2001'),
    );
    const ranges: string[] = [];
    client.exchanges.subscribe((exchange) => {
      if (exchange.requestHeaders.range)
        ranges.push(`${exchange.method} ${exchange.url} ${exchange.requestHeaders.range}`);
    });
    const table = await connectWithUserPassword(user);
    await user.click(screen.getByRole('button', { name: 'Mark heard: message from Chloé Dubois (2003)' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'New messages: 0' })).toBeInTheDocument());
    const row = within(table).getByRole('row', { name: CHLOE });
    expect(row).toHaveTextContent('heard');
    expect(within(row).getByRole('button', { name: /^Mark heard/ })).toBeDisabled();
    expect(ranges).toEqual([
      expect.stringMatching(/^GET .*\/messaging\/mailboxes\/2001\/voicemails\/\S+ bytes=0-1$/),
    ]);
    expect(await mailboxOf(stage)).toMatchObject({ messages: 1, unread: 0 });
  });

  it('plays a message in the page from an object URL, and gives the URL back on close', async () => {
    const create = vi.fn((_audio: Blob) => 'blob:voice-1');
    const revoke = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke }));
    try {
      const { user } = await renderPanel('oxe2001', (stage) => leaveVoiceMessage(stage, '2003', '2001'));
      await connectWithUserPassword(user);
      await user.click(screen.getByRole('button', { name: 'Play message from Chloé Dubois (2003)' }));
      const player = await screen.findByRole('region', { name: 'Message player' });
      expect(player.querySelector('audio')).toHaveAttribute('src', 'blob:voice-1');
      // The lab's answer is a WAV file.
      expect(create.mock.calls[0]?.[0].type).toMatch(/^audio\//);
      await waitFor(() =>
        expect(screen.getByRole('status', { name: 'New messages: 0' })).toBeInTheDocument(),
      );
      await user.click(screen.getByRole('button', { name: 'Close the player' }));
      expect(revoke).toHaveBeenCalledWith('blob:voice-1');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('deletes several messages after a confirmation, and nothing on cancel', async () => {
    const { user, stage } = await renderPanel('oxe2001', async (stage) => {
      await leaveVoiceMessage(stage, '2003', '2001');
      await leaveVoiceMessage(stage, '2004', '2001');
      await leaveVoiceMessage(stage, '2005', '2001');
    });
    const table = await connectWithUserPassword(user);
    const boxes = within(table).getAllByRole('checkbox', { name: /^Select message/ });
    await user.click(boxes[0] as HTMLElement);
    await user.click(boxes[1] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete 2 voice messages?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await mailboxOf(stage)).toMatchObject({ messages: 3 });

    await user.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete 2 voice messages?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(within(table).getAllByRole('checkbox', { name: /^Select message/ })).toHaveLength(1),
    );
    expect(screen.getByRole('status', { name: 'Total messages: 1' })).toBeInTheDocument();
    expect(await mailboxOf(stage)).toMatchObject({ messages: 1 });
  });

  it('reads the list again when the O2G says a message arrived', async () => {
    const { user, stage } = await renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Use my user password' }));
    expect(await screen.findByText('No messages in this mailbox.')).toBeInTheDocument();
    // OnEventSummaryUpdated reaches the panel through the session's event channel.
    await leaveVoiceMessage(stage, '2003', '2001');
    expect(await screen.findByRole('row', { name: CHLOE })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'New messages: 1' })).toBeInTheDocument();
  });

  it('calls the voicemail from the user’s device and points to the telephony panel', async () => {
    const { user, requests, baseUrl } = await renderPanel();
    const button = await screen.findByRole('button', { name: 'Call voicemail (1999)' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(await screen.findByText(/Calling 1999 from 2001/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Telephony' })).toHaveAttribute('href', '/telephony');
    expect(requests).toContain(`POST ${baseUrl}/telephony/basicCall`);
  });

  it('says before connecting how many new messages wait, as the header lamp does, live', async () => {
    const { stage } = await renderPanel('oxe2001', async (stage) => {
      await leaveVoiceMessage(stage, '2003', '2001');
      await leaveVoiceMessage(stage, '2004', '2001');
    });
    expect(await screen.findByText(/^oxe2001: 2 new voice messages waiting\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Mailbox password')).toBeInTheDocument();
    await leaveVoiceMessage(stage, '2002', '2001');
    expect(await screen.findByText(/^oxe2001: 3 new voice messages waiting\./)).toBeInTheDocument();
  });
});
