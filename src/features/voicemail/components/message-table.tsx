import { Badge, Checkbox, Table, Text } from '@mantine/core';
import type { VoiceMessage } from '../../../o2g/contract';
import { formatDateTime, formatDuration } from '../../../lib/format-time';
import { callerOf } from '../model/message-view';
import { MessageActions } from './message-actions';

/**
 * The messages as a table: caller, date, duration, new or heard, priority, and per-row actions.
 * Rows are named after their caller so that a screen reader (and a test) can tell them apart.
 */
export function MessageTable({
  messages,
  selected,
  onSelect,
  loading,
  onPlay,
  onMarkHeard,
  onDelete,
  onCallBack,
}: {
  messages: VoiceMessage[];
  selected: string[];
  onSelect: (ids: string[]) => void;
  /** The message whose download or acknowledge is under way, if any. */
  loading: { play?: string; markHeard?: string };
  onPlay: (message: VoiceMessage) => void;
  onMarkHeard: (message: VoiceMessage) => void;
  onDelete: (message: VoiceMessage) => void;
  /** Absent while the user's device is unknown: nothing to call back from. */
  onCallBack?: (number: string) => void;
}) {
  const all = messages.length > 0 && selected.length === messages.length;
  const toggle = (id: string, on: boolean) =>
    onSelect(on ? [...selected, id] : selected.filter((other) => other !== id));

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Voice messages" verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label="Select all messages"
                checked={all}
                indeterminate={selected.length > 0 && !all}
                onChange={(event) =>
                  onSelect(event.currentTarget.checked ? messages.map((m) => m.voicemailId) : [])
                }
              />
            </Table.Th>
            <Table.Th>Caller</Table.Th>
            <Table.Th>Date</Table.Th>
            <Table.Th>Duration</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Priority</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((message) => {
            const caller = callerOf(message.from);
            const about = `message from ${caller.label}`;
            const callBack = onCallBack && caller.number;
            return (
              <Table.Tr key={message.voicemailId} aria-label={`Message from ${caller.label}`}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${about}`}
                    checked={selected.includes(message.voicemailId)}
                    onChange={(event) => toggle(message.voicemailId, event.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={message.unread ? 700 : 400}>
                    {caller.name ?? caller.number ?? 'Unknown caller'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {caller.detail}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(message.date)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" aria-label={`${message.duration} seconds`}>
                    {formatDuration(message.duration)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant={message.unread ? 'filled' : 'light'}
                    color={message.unread ? 'blue' : 'gray'}
                  >
                    {message.unread ? 'new' : 'heard'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {message.highPriority ? (
                    <Badge color="orange" variant="light">
                      urgent
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      normal
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <MessageActions
                    message={message}
                    about={about}
                    loading={loading}
                    onPlay={onPlay}
                    onMarkHeard={onMarkHeard}
                    onDelete={onDelete}
                    onCallBack={callBack ? () => onCallBack?.(callBack) : undefined}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
