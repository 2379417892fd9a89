import { Group, NavLink as MantineNavLink, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ConsoleShell } from '../../components/console-shell';
import { PageLoader } from '../../components/page-loader';
import { useEventChannel } from '../../features/events/api/use-event-channel';
import { LabButton } from '../../features/lab/components/lab-button';
import { ChannelBadge } from '../../features/events/components/channel-badge';
import { EventLogContext } from '../../features/events/model/event-log-context';
import { useProxyTargets } from '../../features/session/api/proxy-targets';
import { useEndOnPageHide } from '../../features/session/api/use-end-on-page-hide';
import { useEndSession } from '../../features/session/api/use-end-session';
import { useKeepAlive } from '../../features/session/api/use-keep-alive';
import { useResumeSession } from '../../features/session/api/use-resume-session';
import { useSessionTabs } from '../../features/session/api/session-tabs';
import { useVaultHeartbeat } from '../../features/session/api/use-vault-heartbeat';
import { SessionLostBanner } from '../../features/session/components/session-lost-banner';
import { SessionStatus } from '../../features/session/components/session-status';
import { MessageWaitingBadge } from '../../features/voicemail/components/message-waiting-badge';
import { useCacheEvents } from '../../lib/cache-events';
import { useO2gClient, useO2gSession, useSessionLost } from '../../lib/o2g-client-context';
import { sessionOnLabWithControls } from '../../o2g/proxy-targets';
import { CACHE_EVENTS } from '../cache-events';
import { paths } from '../paths';
import { SessionQueries } from '../session-queries';

const SECTIONS = [
  { label: 'Services', to: paths.services.href() },
  { label: 'Explorer', to: paths.explorer.href() },
  { label: 'Telephony', to: paths.telephony.href() },
  { label: 'Voicemail', to: paths.voicemail.href() },
  { label: 'Events', to: paths.events.href() },
  { label: 'Inspector', to: paths.inspector.href() },
];

/** The signed-in frame with the query cache its pages share. */
export function SignedInFrame() {
  return (
    <SessionQueries>
      <SessionLayout />
    </SessionQueries>
  );
}

/** The frame of every signed-in page: session status, navigation, the session-lost banner. */
export function SessionLayout() {
  const session = useO2gSession();
  const lost = useSessionLost();
  const location = useLocation();
  const navigate = useNavigate();
  const here = `${location.pathname}${location.search}`;
  const actAs = new URLSearchParams(location.search).get('loginName');
  const actAsSearch = actAs ? `?${new URLSearchParams({ loginName: actAs }).toString()}` : '';
  const client = useO2gClient();
  const queryClient = useQueryClient();
  const resume = useResumeSession();
  // The same cached answer the sign-in page read: it says whether the embedded lab's controls are on.
  const { targets } = useProxyTargets(client);
  useKeepAlive();
  useEndOnPageHide();
  useVaultHeartbeat();
  useSessionTabs(
    useCallback(() => {
      client.session.set(null);
      queryClient.clear();
      notifications.show({ title: 'Session ended', message: 'The session was ended in another tab.' });
    }, [client, queryClient]),
  );
  const eventLog = useEventChannel();
  // Sockets notify, the cache owns the data: the one place events become cache updates.
  useCacheEvents(CACHE_EVENTS, session);
  const endSession = useEndSession((outcome) => {
    notifications.show({
      title: 'Session ended',
      message:
        outcome === 'deleted' ? 'The O2G deleted the session.' : 'The O2G had already dropped the session.',
      color: outcome === 'deleted' ? 'green' : 'yellow',
    });
    void navigate(paths.login.href(), { replace: true });
  });

  // A reload, a new tab or a deep link: the proxy may still hold this browser's session.
  if (!session && resume === 'resuming') return <PageLoader label="Resuming the session" />;
  // Signed out by "End session": a fresh sign-in page; otherwise come back here after signing in.
  if (!session) return <Navigate to={paths.login.href(endSession.isIdle ? here : undefined)} replace />;

  const labControls = targets !== undefined && sessionOnLabWithControls(targets, session.baseUrl);
  const signInAgain = () => {
    client.session.set(null);
    void navigate(paths.login.href(here), { replace: true });
  };

  return (
    <ConsoleShell
      headerRight={
        <Group gap="sm" wrap="nowrap">
          {labControls && <LabButton />}
          <MessageWaitingBadge
            baseUrl={session.baseUrl}
            admin={session.info.admin}
            // An administrator has no mailbox: its lamp is the one of the user it acts as, if any.
            loginName={session.info.admin ? (actAs ?? undefined) : session.loginName}
            to={`${paths.voicemail.href()}${actAsSearch}`}
          />
          <ChannelBadge />
          <SessionStatus
            session={session}
            onEndSession={() => endSession.mutate()}
            ending={endSession.isPending}
            lost={!!lost}
          />
        </Group>
      }
      banner={lost && <SessionLostBanner reason={lost} onSignInAgain={signInAgain} />}
      navbar={
        <Stack gap={2}>
          {SECTIONS.map((section) => (
            <MantineNavLink
              key={section.to}
              component={NavLink}
              // The act-as choice (?loginName=) follows the user from section to section.
              to={`${section.to}${actAsSearch}`}
              label={section.label}
              active={location.pathname.startsWith(section.to)}
            />
          ))}
        </Stack>
      }
    >
      <EventLogContext.Provider value={eventLog}>
        <Outlet />
      </EventLogContext.Provider>
    </ConsoleShell>
  );
}
