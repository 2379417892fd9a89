import { Badge, Code, Group, Stack, Text, Title } from '@mantine/core';
import type { ExplorerOperation } from '../../../o2g/catalogue/join';

const METHOD_COLORS: Record<string, string> = { GET: 'blue', POST: 'green', PUT: 'orange', DELETE: 'red' };

const SOURCE_WORDS: Record<ExplorerOperation['source'], string> = {
  both: 'in the O2G’s WADL',
  catalogue: 'from the console’s catalogue',
  wadl: 'only in the O2G’s WADL',
};

/** What an operation is: method and path, who may call it, what it returns and its status codes. */
export function OperationHeader({ operation, admin }: { operation: ExplorerOperation; admin: boolean }) {
  const adminOnly = !operation.callers.includes('user');
  return (
    <Stack gap={6}>
      <Title order={2} size="h3">
        {operation.summary}
      </Title>
      <Group gap="xs" wrap="wrap">
        <Badge color={METHOD_COLORS[operation.method] ?? 'gray'} variant="filled">
          {operation.method}
        </Badge>
        <Code style={{ wordBreak: 'break-all' }}>{operation.path}</Code>
        <Badge variant="light" color={adminOnly ? 'grape' : 'gray'}>
          {adminOnly ? 'administrators only' : 'users and administrators'}
        </Badge>
        <Badge variant="outline" color="gray">
          {SOURCE_WORDS[operation.source]}
        </Badge>
      </Group>
      {adminOnly && !admin && (
        <Text size="sm" c="orange">
          This session is not an administrator’s: the O2G will refuse it (403).
        </Text>
      )}
      <Text size="sm">
        <Text span fw={500}>
          Returns:{' '}
        </Text>
        {operation.returns}
      </Text>
      <Text size="xs" c="dimmed">
        {Object.entries(operation.statuses)
          .map(([status, meaning]) => `${status} ${meaning}`)
          .join(' · ')}
      </Text>
    </Stack>
  );
}
