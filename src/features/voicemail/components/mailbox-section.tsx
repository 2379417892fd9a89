import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Mailbox } from '../../../o2g/contract';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { useMailboxActions } from '../api/use-mailbox-actions';
import { useVoicemailCall } from '../api/use-voicemail-call';
import { voicemailQueries } from '../api/voicemail-queries';
import type { VoicemailScope } from '../api/voicemail-scope';
import { CallControls } from './call-controls';
import { MailboxConnectForm } from './mailbox-connect-form';
import { MailboxCounters } from './mailbox-counters';
import { MessageList } from './message-list';
import { WaitingCount } from './waiting-count';

/** One mailbox: who it is, a call to the voicemail, then (once connected) its counters and messages. */
export function MailboxSection({
  scope,
  mailbox,
  telephonyHref,
}: {
  scope: VoicemailScope;
  mailbox: Mailbox;
  telephonyHref: string;
}) {
  const { http } = useO2gClient();
  const actions = useMailboxActions(scope, mailbox.id);
  const call = useVoicemailCall(scope);
  const profile = useQuery(voicemailQueries.profile(http, scope));
  const connection = useQuery(voicemailQueries.connection(http, scope, mailbox.id));
  const messages = useQuery({
    ...voicemailQueries.messages(http, scope, mailbox.id),
    // Like the SDKs: list only after connecting, which is when a real O2G opens the mailbox.
    enabled: connection.data !== undefined,
  });
  const titleId = `mailbox-${mailbox.id}-title`;

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="start">
          <div>
            <Title order={2} size="h3" id={titleId}>
              {mailbox.name}
            </Title>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                Mailbox {mailbox.id} · {scope.loginName}
              </Text>
              {connection.data && (
                <Badge size="sm" variant="light" color="green">
                  connected
                </Badge>
              )}
            </Group>
          </div>
          <CallControls profile={profile} call={call} telephonyHref={telephonyHref} />
        </Group>
        {connection.data ? (
          <>
            <MailboxCounters connection={connection.data} messages={messages.data} />
            <MessageList
              messages={messages}
              actions={actions}
              canCallBack={profile.data !== undefined}
              onCallBack={(number) =>
                profile.data && call.mutate({ deviceId: profile.data.deviceId, callee: number })
              }
            />
          </>
        ) : (
          <>
            <WaitingCount scope={scope} />
            <MailboxConnectForm mailbox={mailbox} admin={scope.admin} connect={actions.connect} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
