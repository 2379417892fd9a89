import { useState } from 'react';
import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import type { O2gExchange } from '../../../o2g/http';
import type { CurlCommand } from '../model/curl-command';
import { curlCommand } from '../model/curl-command';
import { CurlFallbackDialog } from './curl-fallback-dialog';

type CopyState = { kind: 'idle' } | { kind: 'copied' | 'manual'; command: CurlCommand };

/** Whether the browser lets this page write to the clipboard (it needs a secure context). */
async function writeClipboard(text: string): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies the exchange as a cURL command with placeholders for the secrets, then shows what was copied.
 * When the clipboard is not available the command opens in a dialog, selected, ready for Ctrl+C.
 */
export function CopyCurlButton({ exchange, origin }: { exchange: O2gExchange; origin: string }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });

  const copy = async () => {
    const command = curlCommand(exchange, origin);
    setState({ kind: (await writeClipboard(command.text)) ? 'copied' : 'manual', command });
  };

  return (
    <Stack gap="xs">
      <Group>
        <Button size="xs" variant="light" onClick={() => void copy()}>
          Copy as cURL
        </Button>
      </Group>
      {state.kind === 'copied' && (
        <Alert
          color="green"
          role="status"
          title="Copied to the clipboard"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setState({ kind: 'idle' })}
        >
          <Stack gap={6}>
            <VariablesHint variables={state.command.variables} />
            <Code
              block
              fz="xs"
              aria-label="Copied cURL command"
              style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
            >
              {state.command.text}
            </Code>
          </Stack>
        </Alert>
      )}
      <CurlFallbackDialog
        opened={state.kind === 'manual'}
        command={state.kind === 'manual' ? state.command : undefined}
        onClose={() => setState({ kind: 'idle' })}
        hint={state.kind === 'manual' ? <VariablesHint variables={state.command.variables} /> : null}
      />
    </Stack>
  );
}

/** Tells which environment variables to set: the command never contains the secrets themselves. */
function VariablesHint({ variables }: { variables: string[] }) {
  if (variables.length === 0) return null;
  return (
    <Text size="xs">
      Set{' '}
      {variables.map((name, index) => (
        <span key={name}>
          {index > 0 && ' and '}
          <Code>{name}</Code>
        </span>
      ))}{' '}
      in your shell first; the console never puts secrets in a command.
    </Text>
  );
}
