import { Alert, Stack } from '@mantine/core';
import { LoadingLine, ReadFailed } from '../../../components/query-states';
import { useQuery } from '@tanstack/react-query';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { voicemailQueries } from '../api/voicemail-queries';
import type { VoicemailScope } from '../api/voicemail-scope';
import { MailboxSection } from './mailbox-section';

/** One user's mailboxes: usually one; none is a plain fact about the user, not an error. */
export function UserVoicemail({ scope, telephonyHref }: { scope: VoicemailScope; telephonyHref: string }) {
  const { http } = useO2gClient();
  const mailboxes = useQuery(voicemailQueries.mailboxes(http, scope));

  if (mailboxes.isPending) return <LoadingLine>Looking for {scope.loginName}&rsquo;s mailbox…</LoadingLine>;
  if (mailboxes.isLoadingError) {
    return (
      <ReadFailed
        what="list the mailboxes"
        error={mailboxes.error}
        onRetry={() => void mailboxes.refetch()}
      />
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
