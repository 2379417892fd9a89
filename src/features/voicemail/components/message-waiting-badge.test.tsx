import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import * as messaging from '../../../o2g/messaging';
import { render } from '../../../testing/render';
import { leaveVoiceMessage, stageOf } from '../../../testing/lab-scenes';
import { listenToEvents, requestsOf, signInTo, startOwnLab, type SignedIn } from '../../../testing/own-lab';
import { CacheEventsOf, WithClient } from '../../../testing/test-providers';
import { voicemailEvents } from '../api/voicemail-events';
import { MessageWaitingBadge } from './message-waiting-badge';

function renderBadge({ client, session }: SignedIn, loginName: string | undefined) {
  return render(
    <WithClient client={client}>
      <CacheEventsOf features={[voicemailEvents]} session={session} />
      <MessageWaitingBadge
        baseUrl={session.baseUrl}
        admin={session.info.admin}
        loginName={loginName}
        to="/voicemail"
      />
    </WithClient>,
  );
}

const summaryRead = (request: string) => request.includes('/eventSummary');

describe('MessageWaitingBadge', () => {
  it('lights up with whose box and how many, and goes out, with the O2G’s events and no request of its own', async () => {
    const stage = await stageOf(await startOwnLab());
    // An administrator acting as oxe2001 hears of every user's counters: only oxe2001's may count.
    const admin = await signInTo(stage.lab, 'admin');
    await listenToEvents(admin);
    const requests = requestsOf(admin.client);
    renderBadge(admin, 'oxe2001');
    // Nothing waiting: no badge at all, not a grey one that means "nothing".
    await waitFor(() => expect(requests.filter(summaryRead)).toHaveLength(1));
    expect(screen.queryByRole('link')).toBeNull();
    const readsBefore = requests.filter(summaryRead).length;

    await leaveVoiceMessage(stage, '2003', '2001');
    await leaveVoiceMessage(stage, '2004', '2001');
    const badge = await screen.findByRole('link', {
      name: 'Message waiting for oxe2001: 2 new voice messages',
    });
    expect(badge).toHaveAttribute('href', '/voicemail');
    expect(badge).toHaveTextContent(/^oxe2001: 2 new$/);
    // Another user's new message changes nothing.
    await leaveVoiceMessage(stage, '2003', '2002');
    // Its counters event went out on the channel along with the deposit.
    expect((await stage.lab.userState('oxe2002')).mailbox?.unread).toBe(1);
    expect(
      screen.getByRole('link', { name: 'Message waiting for oxe2001: 2 new voice messages' }),
    ).toBeInTheDocument();

    // Alice deletes her messages (from another console, say): the badge goes away.
    const { http } = stage.backstage.client;
    const alice = { baseUrl: stage.backstage.session.baseUrl, loginName: 'oxe2001' };
    await messaging.connectMailbox(http, alice, '2001', { withUserPwd: true });
    const messages = await messaging.listVoiceMessages(http, alice, '2001');
    await messaging.deleteVoiceMessages(
      http,
      alice,
      '2001',
      messages.map((message) => message.voicemailId),
    );
    await waitFor(() => expect(screen.queryByRole('link')).toBeNull());
    expect(document.body).not.toHaveTextContent(/voicemail/i);
    expect(requests.filter(summaryRead)).toHaveLength(readsBefore);
  });

  it('shows nothing for a user without a mailbox, or an administrator acting as nobody', async () => {
    const lab = await startOwnLab();
    const david = await signInTo(lab, 'oxe2004');
    const requests = requestsOf(david.client);
    const { unmount } = renderBadge(david, 'oxe2004');
    await waitFor(() => expect(requests).toEqual([`GET ${david.session.baseUrl}/messaging/mailboxes`]));
    expect(screen.queryByRole('link')).toBeNull();
    expect(requests.filter(summaryRead)).toEqual([]);
    unmount();

    renderBadge(await signInTo(lab, 'admin'), undefined);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('reads the counters of the user an administrator acts as, and names that user', async () => {
    const stage = await stageOf(await startOwnLab());
    await leaveVoiceMessage(stage, '2003', '2001');
    const admin = await signInTo(stage.lab, 'admin');
    const requests = requestsOf(admin.client);
    renderBadge(admin, 'oxe2001');
    expect(
      await screen.findByRole('link', { name: 'Message waiting for oxe2001: 1 new voice message' }),
    ).toHaveTextContent('oxe2001: 1 new');
    expect(requests).toContain(`GET ${admin.session.baseUrl}/eventSummary?loginName=oxe2001`);
    expect(requests).toContain(`GET ${admin.session.baseUrl}/messaging/mailboxes?loginName=oxe2001`);
  });
});
