import { Alert, Badge, Code, Group, Stack, Text } from '@mantine/core';
import { JsonTree } from '../../../components/json-tree';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { isO2gError } from '../../../o2g/errors';
import type { useServiceRequest } from '../api/use-service-request';

/**
 * The answer to a request run from a service page: status, time and body as a tree; or the failure
 * in plain words, with the O2G's own error body when it sent one.
 */
export function ExchangeAnswer({
  run,
  label = 'Answer',
}: {
  run: ReturnType<typeof useServiceRequest>;
  label?: string;
}) {
  const sent = run.variables && (
    <Code block={false} fz="xs">
      {run.variables.method} {run.variables.url}
    </Code>
  );
  if (run.isError) {
    const words = describeO2gError(run.error);
    const body = isO2gError(run.error) ? run.error.body : undefined;
    const status = isO2gError(run.error) && run.error.status ? ` (HTTP ${run.error.status})` : '';
    return (
      <Alert color="red" title={`${words.title}${status}`} role="alert">
        <Stack gap="xs">
          <Text size="sm">{words.message}</Text>
          {sent}
          {body && <JsonTree value={body} label="Error body" />}
        </Stack>
      </Alert>
    );
  }
  if (!run.data) return null;
  return (
    <Stack gap="xs" role="region" aria-label={label}>
      <Group gap="xs">
        <Badge color="green">HTTP {run.data.status}</Badge>
        <Text size="sm" c="dimmed">
          {run.data.durationMs} ms
        </Text>
        {sent}
      </Group>
      {run.data.data === undefined ? (
        <Text c="dimmed">No body.</Text>
      ) : (
        <JsonTree value={run.data.data} label="Answer body" />
      )}
    </Stack>
  );
}
