import { Button, Group } from '@mantine/core';
import type { VoiceMessage } from '../../../o2g/contract';

/** A message's buttons; each is named after the message (`about`), so every row's are told apart. */
export function MessageActions({
  message,
  about,
  loading,
  onPlay,
  onMarkHeard,
  onDelete,
  onCallBack,
}: {
  message: VoiceMessage;
  /** "message from Chloé Dubois (2003)". */
  about: string;
  loading: { play?: string; markHeard?: string };
  onPlay: (message: VoiceMessage) => void;
  onMarkHeard: (message: VoiceMessage) => void;
  onDelete: (message: VoiceMessage) => void;
  /** Absent when there is no number to call, or no device to call from. */
  onCallBack?: () => void;
}) {
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-xs"
        onClick={() => onPlay(message)}
        loading={loading.play === message.voicemailId}
        aria-label={`Play ${about}`}
      >
        Play
      </Button>
      <Button
        size="compact-xs"
        variant="light"
        disabled={!message.unread}
        onClick={() => onMarkHeard(message)}
        loading={loading.markHeard === message.voicemailId}
        aria-label={`Mark heard: ${about}`}
      >
        Mark heard
      </Button>
      <Button
        size="compact-xs"
        variant="light"
        disabled={!onCallBack}
        onClick={onCallBack}
        aria-label={`Call back: ${about}`}
      >
        Call back
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        onClick={() => onDelete(message)}
        aria-label={`Delete ${about}`}
      >
        Delete
      </Button>
    </Group>
  );
}
