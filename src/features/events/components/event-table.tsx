import { Fragment, useState } from 'react';
import { Anchor, Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { JsonTree } from '../../../components/json-tree';
import type { LoggedEvent } from '../model/event-log';
import { formatTime } from '../model/format-time';

/** Rows drawn at most: the log keeps more, the filters reach them. */
export const EVENT_ROWS_SHOWN = 300;

interface EventTableProps {
  /** Oldest first, as the log keeps them; the table shows the newest on top. */
  entries: readonly LoggedEvent[];
  onPickCall: (callRef: string) => void;
}

/** The live log: one row per event, newest first, each one opening onto its JSON. */
export function EventTable({ entries, onPickCall }: EventTableProps) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (seq: number) => {
    const next = new Set(open);
    if (!next.delete(seq)) next.add(seq);
    setOpen(next);
  };
  const newestFirst = entries.slice(-EVENT_ROWS_SHOWN).reverse();

  return (
    <Table.ScrollContainer minWidth={640} maxHeight="60vh">
      <Table stickyHeader highlightOnHover withTableBorder fz="sm" aria-label="Events">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Time</Table.Th>
            <Table.Th>Package</Table.Th>
            <Table.Th>Event</Table.Th>
            <Table.Th>Login</Table.Th>
            <Table.Th>Call</Table.Th>
            <Table.Th>
              <VisuallyHidden>JSON</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((entry) => {
            const expanded = open.has(entry.seq);
            return (
              <Fragment key={entry.seq}>
                <Table.Tr aria-label={`${entry.eventName} ${entry.loginName ?? ''}`.trim()}>
                  <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {formatTime(entry.receivedAt)}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray" tt="none">
                      {entry.packageName}
                    </Badge>
                  </Table.Td>
                  <Table.Td ff="monospace" fw={600}>
                    {entry.eventName}
                  </Table.Td>
                  <Table.Td>{entry.loginName ?? '—'}</Table.Td>
                  <Table.Td ff="monospace">
                    {entry.callRef ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        ff="monospace"
                        onClick={() => onPickCall(entry.callRef ?? '')}
                        aria-label={`Show the timeline of call ${entry.callRef}`}
                      >
                        {entry.callRef}
                      </Anchor>
                    ) : (
                      <Text span c="dimmed" size="sm">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-expanded={expanded}
                      aria-label={`${expanded ? 'Hide' : 'Show'} JSON of ${entry.eventName} #${entry.seq}`}
                      onClick={() => toggle(entry.seq)}
                    >
                      {expanded ? 'Hide JSON' : 'JSON'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <JsonTree value={entry.event} label={`JSON of ${entry.eventName} #${entry.seq}`} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
