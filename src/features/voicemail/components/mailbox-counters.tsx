import { useId } from 'react';
import { Group, Progress, Stack, Text } from '@mantine/core';
import type { VoiceMessage } from '../../../o2g/contract';
import type { MailboxConnection } from '../api/voicemail-queries';
import { countsOf } from '../model/message-view';

/**
 * New and total messages, and storage. The counts come from the message list once it is read (it follows
 * the O2G's events); until then from the connect answer. Storage is known only from a connect answer:
 * it is the figure of this connection, so it needs no "when connected" beside it.
 */
export function MailboxCounters({
  connection,
  messages,
}: {
  connection: MailboxConnection;
  messages: VoiceMessage[] | undefined;
}) {
  const storageId = useId();
  const { info } = connection;
  const counts = messages ? countsOf(messages) : { total: info.totalVoiceMsg, unread: info.newVoiceMsg };
  return (
    <Group gap="xl" align="end" role="group" aria-label="Mailbox counters">
      <Counter label="New messages" value={counts.unread} strong={counts.unread > 0} />
      <Counter label="Total messages" value={counts.total} />
      <Stack gap={4} miw={180}>
        <Text size="xs" c="dimmed" id={storageId}>
          Storage used
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Progress value={info.storageUsage} w={120} aria-labelledby={storageId} />
          <Text size="sm" aria-label={`Storage used: ${info.storageUsage}%`}>
            {info.storageUsage}%
          </Text>
        </Group>
      </Stack>
    </Group>
  );
}

function Counter({ label, value, strong = false }: { label: string; value: number; strong?: boolean }) {
  return (
    <Stack gap={0} aria-label={`${label}: ${value}`} role="status">
      <Text size="xs" c="dimmed" aria-hidden>
        {label}
      </Text>
      <Text size="xl" fw={700} c={strong ? 'red' : undefined} aria-hidden>
        {value}
      </Text>
    </Stack>
  );
}
