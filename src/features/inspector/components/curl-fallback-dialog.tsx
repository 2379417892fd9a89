import type { ReactNode } from 'react';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import type { CurlCommand } from '../model/curl-command';

interface CurlFallbackDialogProps {
  opened: boolean;
  command: CurlCommand | undefined;
  hint: ReactNode;
  onClose: () => void;
}

/**
 * Where the command goes when the browser refuses the clipboard (plain http on another host, or a denied
 * permission): the text is selected as the dialog opens, so Ctrl+C copies it.
 */
export function CurlFallbackDialog({ opened, command, hint, onClose }: CurlFallbackDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Copy the cURL command" size="lg">
      <Stack gap="sm">
        <Text size="sm">
          The browser did not let the console use the clipboard. The command is selected: press Ctrl+C (⌘C on
          a Mac) to copy it.
        </Text>
        {hint}
        <Textarea
          label="cURL command"
          readOnly
          rows={10}
          ff="monospace"
          value={command?.text ?? ''}
          data-autofocus
          onFocus={(event) => event.currentTarget.select()}
          ref={(element) => element?.select()}
        />
      </Stack>
    </Modal>
  );
}
