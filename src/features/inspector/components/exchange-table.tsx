import { Badge, Table, Text } from '@mantine/core';
import type { O2gExchange } from '../../../o2g/http';

function statusColor(status: number): string {
  if (status === 0) return 'gray';
  if (status < 300) return 'green';
  if (status < 500) return 'orange';
  return 'red';
}

/** One row per exchange: method, URL, status and time. */
export function ExchangeTable({ exchanges }: { exchanges: readonly O2gExchange[] }) {
  if (exchanges.length === 0) {
    return <Text c="dimmed">No request yet. Everything the console sends to the O2G appears here.</Text>;
  }
  return (
    <Table striped withTableBorder fz="sm" aria-label="O2G requests">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Method</Table.Th>
          <Table.Th>URL</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Time</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...exchanges].reverse().map((exchange) => (
          <Table.Tr key={exchange.id}>
            <Table.Td ff="monospace">{exchange.method}</Table.Td>
            <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
              {exchange.url}
            </Table.Td>
            <Table.Td>
              <Badge color={statusColor(exchange.status)} variant="light">
                {exchange.status || 'no answer'}
              </Badge>
            </Table.Td>
            <Table.Td>{exchange.durationMs} ms</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
