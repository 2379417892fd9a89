import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { VoiceMessage } from '../../../o2g/contract';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { formatDateTime } from '../../../lib/format-time';
import { callerOf } from '../model/message-view';
import { plural } from '../../../lib/plural';

/** Asks before deleting: the O2G keeps no bin, a deleted message is gone. Open while `messages` is set. */
export function DeleteMessagesModal({
  messages,
  pending,
  error,
  onCancel,
  onConfirm,
}: {
  messages: VoiceMessage[] | null;
  pending: boolean;
  error: Error | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const count = messages?.length ?? 0;
  return (
    <Modal
      opened={messages !== null}
      onClose={onCancel}
      title={`Delete ${plural(count, 'voice message')}?`}
      centered
    >
      <Stack gap="sm">
        <Text size="sm">The O2G keeps no copy: a deleted message cannot be listened to again.</Text>
        <List size="sm">
          {(messages ?? []).map((message) => (
            <List.Item key={message.voicemailId}>
              {callerOf(message.from).label}, {formatDateTime(message.date)}
            </List.Item>
          ))}
        </List>
        {error && (
          <Alert color="red" role="alert" title={`Not deleted: ${describeO2gError(error).title}`}>
            {describeO2gError(error).message}
          </Alert>
        )}
        <Group justify="end">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending} data-autofocus>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
