import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { voicemailQueries } from '../api/voicemail-queries';
import type { VoicemailScope } from '../api/voicemail-scope';
import { MailboxSection } from './mailbox-section';

/** One user's mailboxes: usually one; none is a plain fact about the user, not an error. */
export function UserVoicemail({ scope, telephonyHref }: { scope: VoicemailScope; telephonyHref: string }) {
  const { http } = useO2gClient();
  const mailboxes = useQuery(voicemailQueries.mailboxes(http, scope));

  if (mailboxes.isPending) {
    return (
      <Group gap="xs" role="status">
        <Loader size="sm" /> <Text>Looking for {scope.loginName}&rsquo;s mailbox…</Text>
      </Group>
    );
  }
  if (mailboxes.isError) {
    const words = describeO2gError(mailboxes.error);
    return (
      <Alert color="red" role="alert" title={`Could not list the mailboxes: ${words.title}`}>
        <Stack gap="xs" align="start">
          <Text size="sm">{words.message}</Text>
          <Button size="xs" variant="light" onClick={() => void mailboxes.refetch()}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (mailboxes.data.length === 0) {
    return (
      <Alert color="gray" role="status" title="No voice mailbox for this user">
        The O2G lists no voice mailbox for {scope.loginName}: nobody can leave this user a message, and there
        is nothing to read here.
      </Alert>
    );
  }
  return (
    <Stack gap="xl">
      {mailboxes.data.map((mailbox) => (
        <MailboxSection key={mailbox.id} scope={scope} mailbox={mailbox} telephonyHref={telephonyHref} />
      ))}
    </Stack>
  );
}
