import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { render } from '../../../testing/render';
import { CacheEventsOf, WithClient } from '../../../testing/test-providers';
import { voicemailEvents } from '../api/voicemail-events';
import { MessageWaitingBadge } from './message-waiting-badge';
import { BASE, message, voicemailClient } from '../testing/voicemail-test-kit';

type Client = ReturnType<typeof voicemailClient>['client'];

function renderBadge(client: Client, loginName: string | undefined, admin = false) {
  return render(
    <WithClient client={client}>
      <CacheEventsOf features={[voicemailEvents]} baseUrl={BASE} />
      <MessageWaitingBadge baseUrl={BASE} admin={admin} loginName={loginName} to="/voicemail" />
    </WithClient>,
  );
}

const summaryEvent = (loginName: string, voiceMessagesNb: number) => ({
  eventName: 'OnEventSummaryUpdated',
  loginName,
  eventSummary: { voiceMessagesNb, missedCallsNb: 1, eventWaiting: true },
});

describe('MessageWaitingBadge', () => {
  it('lights up with whose box and how many, and goes out, with OnEventSummaryUpdated and no request', async () => {
    const { client, request } = voicemailClient([message('m1')]);
    renderBadge(client, 'oxe2001');
    const badge = await screen.findByRole('link', {
      name: 'Message waiting for oxe2001: 1 new voice message',
    });
    expect(badge).toHaveAttribute('href', '/voicemail');
    expect(badge).toHaveTextContent(/^oxe2001: 1 new$/);
    const before = request.mock.calls.length;

    act(() => client.events.emit(summaryEvent('oxe2001', 2)));
    expect(
      await screen.findByRole('link', { name: 'Message waiting for oxe2001: 2 new voice messages' }),
    ).toHaveTextContent(/^oxe2001: 2 new$/);
    // Another user's counters, and events of other packages, change nothing.
    act(() => client.events.emit(summaryEvent('oxe2002', 5)));
    act(() => client.events.emit({ eventName: 'OnCallCreated', loginName: 'oxe2001' }));
    expect(
      screen.getByRole('link', { name: 'Message waiting for oxe2001: 2 new voice messages' }),
    ).toBeInTheDocument();

    // No message waiting: no badge at all, not a grey one that means "nothing".
    act(() => client.events.emit(summaryEvent('oxe2001', 0)));
    await waitFor(() => expect(screen.queryByRole('link')).toBeNull());
    expect(document.body).not.toHaveTextContent(/voicemail/i);
    expect(request.mock.calls.slice(before).some(([, url]) => String(url).includes('eventSummary'))).toBe(
      false,
    );
  });

  it('shows nothing for a user without a mailbox, or an administrator acting as nobody', async () => {
    const { client, request } = voicemailClient([], 'oxe2004');
    const { unmount } = renderBadge(client, 'oxe2004');
    await waitFor(() => expect(request).toHaveBeenCalled());
    await act(() => Promise.resolve());
    expect(screen.queryByRole('link')).toBeNull();
    expect(request.mock.calls.some(([, url]) => String(url).includes('eventSummary'))).toBe(false);
    unmount();

    renderBadge(voicemailClient().client, undefined, true);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('reads the counters of the user an administrator acts as, and names that user', async () => {
    const { client, request } = voicemailClient([message('m1'), message('m2')]);
    renderBadge(client, 'oxe2001', true);
    expect(
      await screen.findByRole('link', { name: 'Message waiting for oxe2001: 2 new voice messages' }),
    ).toHaveTextContent('oxe2001: 2 new');
    const urls = request.mock.calls.map(([method, url]) => `${method} ${url}`);
    expect(urls).toContain(`GET ${BASE}/eventSummary?loginName=oxe2001`);
    expect(urls).toContain(`GET ${BASE}/messaging/mailboxes?loginName=oxe2001`);
  });
});
