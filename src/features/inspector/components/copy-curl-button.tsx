import { useContext, useState, useSyncExternalStore } from 'react';
import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import type { O2gExchange } from '../../../o2g/http';
import { revealVaultCredential } from '../../../o2g/vault';
import { O2gClientContext } from '../../../lib/o2g-client-context';
import type { O2gSession } from '../../../o2g/session';
import type { CurlCommand } from '../model/curl-command';
import { CURL_VARIABLES, curlCommand, withRevealedCredential } from '../model/curl-command';
import { CurlFallbackDialog } from './curl-fallback-dialog';

type CopyState =
  | { kind: 'idle' | 'confirm-reveal' }
  | { kind: 'copied' | 'manual'; command: CurlCommand; revealed?: boolean }
  | { kind: 'reveal-failed'; message: string };

const noSubscription = () => () => undefined;
const noSession = (): O2gSession | null => null;

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
  // The inspector also renders outside a signed-in console (tests, a bare log): no client, no reveal.
  const client = useContext(O2gClientContext);
  const session = useSyncExternalStore(
    client ? client.session.subscribe : noSubscription,
    client ? client.session.get : noSession,
    client ? client.session.get : noSession,
  );
  const placeholder = curlCommand(exchange, origin);
  // Only a session the proxy's vault holds can be asked for its credential, and only for a request that used it.
  const canReveal =
    client?.vault === true &&
    session !== null &&
    session.credential === undefined &&
    placeholder.variables.includes(CURL_VARIABLES.credential);

  const copy = async () => {
    const command = curlCommand(exchange, origin);
    setState({ kind: (await writeClipboard(command.text)) ? 'copied' : 'manual', command });
  };

  /** Asks the proxy for the credential, copies the command with it, and keeps nothing. */
  const copyRevealed = async () => {
    try {
      const command = withRevealedCredential(curlCommand(exchange, origin), await revealVaultCredential());
      const copied = await writeClipboard(command.text);
      // What is shown keeps the placeholder: the credential goes to the clipboard, not onto the screen.
      setState(
        copied
          ? { kind: 'copied', command: placeholder, revealed: true }
          : { kind: 'manual', command, revealed: true },
      );
    } catch (error) {
      setState({ kind: 'reveal-failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <Stack gap="xs">
      <Group>
        <Button size="xs" variant="light" onClick={() => void copy()}>
          Copy as cURL
        </Button>
        {canReveal && (
          <Button
            size="xs"
            variant="subtle"
            color="orange"
            onClick={() => setState({ kind: 'confirm-reveal' })}
          >
            Copy with the credential…
          </Button>
        )}
      </Group>
      {state.kind === 'confirm-reveal' && (
        <Alert color="orange" role="alertdialog" title="Reveal the session's credential?">
          <Stack gap={6}>
            <Text size="sm">
              The copied command will contain this session&apos;s credential. Anyone who sees it can act as{' '}
              {session?.loginName} on the O2G until the session ends. The console does not keep it.
            </Text>
            <Group>
              <Button size="xs" color="orange" onClick={() => void copyRevealed()}>
                Reveal and copy
              </Button>
              <Button size="xs" variant="default" onClick={() => setState({ kind: 'idle' })}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {state.kind === 'reveal-failed' && (
        <Alert
          color="red"
          title="The credential could not be revealed"
          withCloseButton
          onClose={() => setState({ kind: 'idle' })}
        >
          {state.message}
        </Alert>
      )}
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
            {state.revealed ? (
              <Text size="xs">Copied with the session&apos;s credential in place of $O2G_CREDENTIAL.</Text>
            ) : (
              <VariablesHint variables={state.command.variables} />
            )}
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
