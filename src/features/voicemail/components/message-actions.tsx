import type { ReactNode } from 'react';
import type { ButtonProps } from '@mantine/core';
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
      <RowButton
        variant="filled"
        onClick={() => onPlay(message)}
        loading={loading.play === message.voicemailId}
        label={`Play ${about}`}
      >
        Play
      </RowButton>
      <RowButton
        disabled={!message.unread}
        onClick={() => onMarkHeard(message)}
        loading={loading.markHeard === message.voicemailId}
        label={`Mark heard: ${about}`}
      >
        Mark heard
      </RowButton>
      <RowButton disabled={!onCallBack} onClick={onCallBack} label={`Call back: ${about}`}>
        Call back
      </RowButton>
      <RowButton variant="subtle" color="red" onClick={() => onDelete(message)} label={`Delete ${about}`}>
        Delete
      </RowButton>
    </Group>
  );
}

/** A row's small button; `label` names the message too, which the visible text leaves out. */
function RowButton({
  label,
  variant = 'light',
  ...props
}: Omit<ButtonProps, 'size'> & { label: string; onClick?: () => void; children: ReactNode }) {
  return <Button size="compact-xs" variant={variant} aria-label={label} {...props} />;
}
