import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ExplorerService } from '../../../o2g/catalogue/join';
import { useExplorerHistory } from '../api/explorer-store';
import { useSendOperation } from '../api/use-send-operation';
import type { ExplorerHref } from '../model/explorer-links';

/** The requests sent in this session, newest first: open one prefilled, or send it again as it was. */
export function HistoryList({
  services,
  href,
}: {
  services: readonly ExplorerService[];
  href: ExplorerHref;
}) {
  const history = useExplorerHistory();
  const run = useSendOperation();
  const find = (operationId: string) =>
    services.flatMap((service) => service.operations).find((operation) => operation.id === operationId);
  return (
    <Stack gap="xs" component="section" aria-label="History">
      <Title order={2} size="h4">
        History of this session
      </Title>
      {history.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing sent yet.
        </Text>
      )}
      {history.map((entry) => {
        const operation = find(entry.operationId);
        return (
          <Paper key={entry.id} withBorder p="xs">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Group gap={6}>
                  <Badge size="sm" variant="light" color={entry.error ? 'red' : 'green'}>
                    {entry.status || '—'}
                  </Badge>
                  <Text size="sm" fw={500}>
                    {entry.title}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {entry.method} {entry.url}
                </Text>
              </Stack>
              <Group gap={6}>
                {operation && (
                  <Anchor component={Link} size="sm" to={href(operation.service, operation.id, entry.params)}>
                    Open
                  </Anchor>
                )}
                <Button
                  size="compact-sm"
                  variant="light"
                  disabled={!operation}
                  loading={run.isPending && run.variables?.url === entry.url}
                  aria-label={`Send again: ${entry.title} (${entry.method} ${entry.url})`}
                  onClick={() =>
                    operation &&
                    run.mutate({ operation, url: entry.url, params: entry.params, body: entry.body })
                  }
                >
                  Send again
                </Button>
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
