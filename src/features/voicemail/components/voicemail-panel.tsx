import { Stack, Text } from '@mantine/core';
import { ActAsPicker } from '../../../components/act-as-picker';
import { useActAs } from '../../../lib/use-act-as';
import { UserVoicemail } from './user-voicemail';

/**
 * The voicemail panel: the mailbox of the signed-in user, or of the user an administrator acts as. Its
 * lists and counters live in the query cache, which the O2G's `OnEventSummaryUpdated` keeps current.
 */
export function VoicemailPanel({
  baseUrl,
  admin,
  sessionLogin,
  telephonyHref,
}: {
  baseUrl: string;
  admin: boolean;
  sessionLogin: string;
  /** Where the calls this panel makes can be followed (the telephony panel). */
  telephonyHref: string;
}) {
  const [actAs] = useActAs();
  const loginName = admin ? actAs : sessionLogin;

  return (
    <Stack gap="lg">
      {admin && (
        <ActAsPicker
          baseUrl={baseUrl}
          description="An administrator reads the voicemail of the user it picks (?loginName=)."
        />
      )}
      {loginName ? (
        <UserVoicemail
          // A fresh panel per user: no selection or player carries over to another user's messages.
          key={loginName}
          scope={{ baseUrl, admin, loginName }}
          telephonyHref={telephonyHref}
        />
      ) : (
        <Text c="dimmed" role="status">
          Pick the user whose voicemail to open. An administrator session has no mailbox of its own.
        </Text>
      )}
    </Stack>
  );
}
