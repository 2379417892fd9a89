import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { LoadingLine, ReadFailed } from '../../../components/query-states';
import type { UseQueryResult } from '@tanstack/react-query';
import type { VoiceMessage } from '../../../o2g/contract';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import type { useMailboxActions } from '../api/use-mailbox-actions';
import { plural } from '../../../lib/plural';
import { DeleteMessagesModal } from './delete-messages-modal';
import { MessagePlayer } from './message-player';
import { MessageTable } from './message-table';

interface Playing {
  message: VoiceMessage;
  url: string;
}

/** The mailbox's messages with their actions, the in-page player and the delete confirmation. */
export function MessageList({
  messages,
  actions,
  canCallBack,
  onCallBack,
}: {
  messages: UseQueryResult<VoiceMessage[]>;
  actions: ReturnType<typeof useMailboxActions>;
  canCallBack: boolean;
  onCallBack: (number: string) => void;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [doomed, setDoomed] = useState<VoiceMessage[] | null>(null);
  const [playing, setPlaying] = useState<Playing | null>(null);
  // The object URL holds the whole WAV in memory: give it back when the player closes or changes.
  useEffect(() => (playing ? () => URL.revokeObjectURL(playing.url) : undefined), [playing]);

  if (messages.isPending) return <LoadingLine>Reading the messages…</LoadingLine>;
  if (messages.isLoadingError) {
    return (
      <ReadFailed what="list the messages" error={messages.error} onRetry={() => void messages.refetch()} />
    );
  }
  const list = messages.data;
  const present = selected.filter((id) => list.some((m) => m.voicemailId === id));
  const play = (message: VoiceMessage) =>
    actions.play.mutate(message, {
      onSuccess: (blob) => setPlaying({ message, url: URL.createObjectURL(blob) }),
    });
  const confirmDelete = () => {
    const ids = (doomed ?? []).map((m) => m.voicemailId);
    actions.remove.mutate(ids, {
      onSuccess: () => {
        setDoomed(null);
        setSelected((current) => current.filter((id) => !ids.includes(id)));
        if (playing && ids.includes(playing.message.voicemailId)) setPlaying(null);
      },
    });
  };
  const failed = [actions.play, actions.markHeard].find((action) => action.isError);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Playing a message downloads it, and the O2G then counts it as heard.
        </Text>
        <Button
          color="red"
          variant="light"
          size="xs"
          disabled={present.length === 0}
          onClick={() => setDoomed(list.filter((m) => present.includes(m.voicemailId)))}
        >
          Delete selected ({present.length})
        </Button>
      </Group>
      {failed?.error && (
        <Alert
          color="red"
          role="alert"
          title={describeO2gError(failed.error).title}
          withCloseButton
          onClose={failed.reset}
        >
          {describeO2gError(failed.error).message}
        </Alert>
      )}
      {list.length === 0 ? (
        <Text c="dimmed" role="status">
          No messages in this mailbox.
        </Text>
      ) : (
        <MessageTable
          messages={list}
          selected={present}
          onSelect={setSelected}
          loading={{
            play: actions.play.isPending ? actions.play.variables.voicemailId : undefined,
            markHeard: actions.markHeard.isPending ? actions.markHeard.variables.voicemailId : undefined,
          }}
          onPlay={play}
          onMarkHeard={(message) => actions.markHeard.mutate(message)}
          onDelete={(message) => setDoomed([message])}
          onCallBack={canCallBack ? onCallBack : undefined}
        />
      )}
      {playing && (
        <MessagePlayer message={playing.message} url={playing.url} onClose={() => setPlaying(null)} />
      )}
      <DeleteMessagesModal
        messages={doomed}
        pending={actions.remove.isPending}
        error={actions.remove.error}
        onCancel={() => {
          setDoomed(null);
          actions.remove.reset();
        }}
        onConfirm={confirmDelete}
      />
      <Text size="xs" c="dimmed">
        {plural(list.length, 'message')}, newest first.
      </Text>
    </Stack>
  );
}
