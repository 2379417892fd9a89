import { Alert, Group, Loader, Text } from '@mantine/core';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import type { useLabAction } from '../api/lab-actions';

/**
 * What the last lab action is doing or did, in plain words. Progress and results are announced politely,
 * a failure as an alert. The next action replaces it: a message belongs to the attempt that made it.
 */
export function LabOutcome({ action }: { action: ReturnType<typeof useLabAction> }) {
  if (action.isPending) {
    return (
      <Group gap="xs" role="status" aria-label="Lab action">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{action.variables.pending}</Text>
      </Group>
    );
  }
  if (action.isError) {
    const words = describeO2gError(action.error);
    return (
      <Alert color="red" variant="light" title={words.title} role="alert">
        {words.message}
      </Alert>
    );
  }
  // Always present, so that the result a screen reader announces lands in a live region it already knows.
  return (
    <Text size="sm" role="status" aria-label="Lab action">
      {action.isSuccess ? action.data : 'Nothing done yet.'}
    </Text>
  );
}
