import { Table, Text } from '@mantine/core';

/** Headers as name/value rows, names lower-case as HTTP/2 and the fetch API spell them. */
export function HeaderList({ headers, label }: { headers: Record<string, string>; label: string }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No headers recorded.
      </Text>
    );
  }
  return (
    <Table fz="xs" ff="monospace" aria-label={label} verticalSpacing={2} withRowBorders={false}>
      <Table.Tbody>
        {entries.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
              {name}:
            </Table.Th>
            <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
