import { CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import type { VoiceMessage } from '../../../o2g/contract';
import { formatDateTime } from '../../../lib/format-time';
import { callerOf } from '../model/message-view';

/**
 * Plays a downloaded message in the page. The WAV came through the proxy like any O2G answer; `url` is
 * an object URL over it, which the list revokes when this player goes.
 */
export function MessagePlayer({
  message,
  url,
  onClose,
}: {
  message: VoiceMessage;
  url: string;
  onClose: () => void;
}) {
  const caller = callerOf(message.from);
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="Message player">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            Playing the message from <strong>{caller.label}</strong>, {formatDateTime(message.date)}
          </Text>
          <CloseButton aria-label="Close the player" onClick={onClose} />
        </Group>
        <audio
          controls
          autoPlay
          src={url}
          aria-label={`Voice message from ${caller.label}`}
          style={{ width: '100%' }}
        />
      </Stack>
    </Paper>
  );
}
