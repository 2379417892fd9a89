import type { KeyboardEvent } from 'react';
import { Table, Text } from '@mantine/core';
import type { O2gExchange } from '../../../o2g/http';
import { clockTime } from '../model/clock-time';
import { UrlText } from '../../../components/url-text';
import { upstreamUrl } from '../../../o2g/upstream-url';
import { StatusBadge } from './status-badge';

interface ExchangeTableProps {
  /** Oldest first, as the log keeps them; the table shows the newest on top. */
  exchanges: readonly O2gExchange[];
  selectedId: number | undefined;
  onSelect: (id: number) => void;
  origin: string;
}

/**
 * One row per exchange: method, the O2G path, status, when and how long. A row is selected by click,
 * Enter or Space; the arrow keys move between rows, and Tab leaves the list in one step.
 */
export function ExchangeTable({ exchanges, selectedId, onSelect, origin }: ExchangeTableProps) {
  const newestFirst = [...exchanges].reverse();
  // One tab stop for the whole list (the selected row, else the newest); the arrow keys move within it.
  const tabStopId = newestFirst.some((e) => e.id === selectedId) ? selectedId : newestFirst[0]?.id;

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, id: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const row = event.currentTarget;
      const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
      if (next instanceof HTMLElement) next.focus();
    }
  };

  return (
    <Table.ScrollContainer minWidth={520} maxHeight="70vh">
      <Table highlightOnHover withTableBorder stickyHeader fz="sm" role="grid" aria-label="O2G requests">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Method</Table.Th>
            <Table.Th>URL</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Time</Table.Th>
            <Table.Th ta="right">Duration</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((exchange) => {
            const url = upstreamUrl(exchange.url, origin);
            const selected = exchange.id === selectedId;
            return (
              <Table.Tr
                key={exchange.id}
                tabIndex={exchange.id === tabStopId ? 0 : -1}
                aria-selected={selected}
                bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
                style={{ cursor: 'pointer' }}
                onClick={() => onSelect(exchange.id)}
                onKeyDown={(event) => onKeyDown(event, exchange.id)}
              >
                <Table.Td ff="monospace" fw={600}>
                  {exchange.method}
                </Table.Td>
                <Table.Td ff="monospace" title={url}>
                  <UrlText url={pathOf(url)} shortenIds />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadge status={exchange.status} failure={exchange.failure} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{clockTime(exchange.startedAt)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text span size="sm" c={exchange.durationMs > 1000 ? 'orange' : undefined}>
                    {exchange.durationMs} ms
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Path and query: the host is the same O2G for nearly every row. Long ids show by their ends; the full
 * URL is in the cell's tooltip and the selected request's detail.
 */
function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}
