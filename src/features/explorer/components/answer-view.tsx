import { Alert, Badge, Code, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import { JsonTree } from '../../../components/json-tree';
import type { ExplorerAnswer } from '../model/answer';
import { CopyTextButton } from './copy-text-button';

function statusColor(status: number): string {
  if (status >= 200 && status < 300) return 'green';
  if (status >= 400 && status < 500) return 'orange';
  return 'red';
}

/**
 * The answer to an operation: status, time, headers, the body as a JSON tree and as raw text, each
 * copyable; a failure in plain words with the O2G's own error body.
 */
export function AnswerView({ answer }: { answer: ExplorerAnswer }) {
  const sent = (
    <Code fz="xs" style={{ wordBreak: 'break-all' }}>
      {answer.method} {answer.url}
    </Code>
  );
  const headers = Object.entries(answer.headers);
  return (
    <Stack gap="xs" role="region" aria-label="Answer">
      <Group gap="xs">
        <Badge color={statusColor(answer.status)} aria-label={`Status ${answer.status || 'none'}`}>
          {answer.status ? `HTTP ${answer.status}` : 'No answer'}
        </Badge>
        <Text size="sm" c="dimmed">
          {answer.durationMs} ms
        </Text>
        {sent}
      </Group>
      {answer.error && (
        <Alert color="red" title={answer.error.title} role="alert">
          {answer.error.message}
        </Alert>
      )}
      <Tabs defaultValue={answer.data !== undefined ? 'json' : 'raw'}>
        <Tabs.List aria-label="Answer views">
          <Tabs.Tab value="json" disabled={answer.data === undefined}>
            JSON
          </Tabs.Tab>
          <Tabs.Tab value="raw">Raw</Tabs.Tab>
          <Tabs.Tab value="headers">Headers ({headers.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="json" pt="xs">
          {answer.data !== undefined && (
            <Stack gap={4}>
              <Group justify="flex-end">
                <CopyTextButton text={JSON.stringify(answer.data, null, 2)} label="Copy JSON" />
              </Group>
              <JsonTree value={answer.data} label={answer.error ? 'Error body' : 'Answer body'} />
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="raw" pt="xs">
          {answer.raw ? (
            <Stack gap={4}>
              <Group justify="flex-end">
                <CopyTextButton text={answer.raw} label="Copy text" />
              </Group>
              <Code block aria-label="Answer text">
                {answer.raw}
              </Code>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              No body.
            </Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="headers" pt="xs">
          {headers.length === 0 ? (
            <Text size="sm" c="dimmed">
              No headers (the request failed before or without an answer the console could read).
            </Text>
          ) : (
            <Stack gap={4}>
              <Group justify="flex-end">
                <CopyTextButton
                  text={headers.map(([n, v]) => `${n}: ${v}`).join('\n')}
                  label="Copy headers"
                />
              </Group>
              <Table fz="xs" aria-label="Answer headers">
                <Table.Tbody>
                  {headers.map(([name, value]) => (
                    <Table.Tr key={name}>
                      <Table.Td ff="monospace">{name}</Table.Td>
                      <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                        {value}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
