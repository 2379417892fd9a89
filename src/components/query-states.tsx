import type { ReactNode } from 'react';
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { describeO2gError } from '../lib/describe-o2g-error';

/** A read in progress, said in words (`role="status"`, so screen readers hear it too). */
export function LoadingLine({ children }: { children: ReactNode }) {
  return (
    <Group gap="xs" role="status">
      <Loader size="sm" /> <Text>{children}</Text>
    </Group>
  );
}

/**
 * A failed read, in plain words, with the way to try it again: `what` names what could not be read
 * ("list the messages"), the O2G client's error says why.
 */
export function ReadFailed({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  const words = describeO2gError(error);
  return (
    <Alert color="red" role="alert" title={`Could not ${what}: ${words.title}`}>
      <Stack gap="xs" align="start">
        <Text size="sm">{words.message}</Text>
        <Button size="xs" variant="light" onClick={onRetry}>
          Try again
        </Button>
      </Stack>
    </Alert>
  );
}
