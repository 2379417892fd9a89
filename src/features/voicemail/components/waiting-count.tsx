import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { plural } from '../../../lib/plural';
import { voicemailQueries } from '../api/voicemail-queries';
import type { VoicemailScope } from '../api/voicemail-scope';

/**
 * Before the mailbox is opened: what the header's lamp says, from the same event summary (no extra
 * request once the lamp has read it), so the page agrees with the lamp without a connect.
 */
export function WaitingCount({ scope }: { scope: VoicemailScope }) {
  const { http } = useO2gClient();
  const summary = useQuery(voicemailQueries.eventSummary(http, scope));
  if (!summary.data) return null;
  const count = summary.data.voiceMessagesNb;
  return (
    <Text size="sm" fw={count > 0 ? 600 : undefined} role="status">
      {count > 0
        ? `${scope.loginName}: ${plural(count, 'new voice message')} waiting. Connect to list and play ${count === 1 ? 'it' : 'them'}.`
        : `No new voice message for ${scope.loginName}.`}
    </Text>
  );
}
