import { memo } from 'react';
import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { JsonTree } from '../../../components/json-tree';
import type { LoggedEvent } from '../model/event-log';
import { formatClockTime } from '../../../lib/format-time';
import { summaryOf } from '../model/event-search';

interface EventCellsProps {
  entry: LoggedEvent;
  expanded: boolean;
  onToggle: (seq: number) => void;
  onPickCall: (callRef: string) => void;
  onFilterCall: (callRef: string) => void;
}

interface EventRowProps extends EventCellsProps {
  /** Its place in the virtual list, read back by the virtualizer when it measures the rows. */
  index: number;
  measure: (element: HTMLTableSectionElement | null) => void;
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/**
 * One event of the log, and its JSON once opened, as a body of its own so the two rows are measured
 * together. The newest event is on top, so each new one moves every row's place in the list: only this
 * body follows the move (its `data-index`), the cells inside are memoised and not drawn again (a logged
 * event never changes).
 */
export function EventRow({ index, measure, ...cells }: EventRowProps) {
  // A plain body (Mantine's Table.Tbody adds no style): its ref is the virtualizer's own, stable, so
  // React does not hand it the element again at each render, and the rows are not measured again (a
  // forced layout each) every time an event arrives.
  return (
    <tbody ref={measure} data-index={index}>
      <EventCells {...cells} />
    </tbody>
  );
}

const EventCells = memo(function EventCells({
  entry,
  expanded,
  onToggle,
  onPickCall,
  onFilterCall,
}: EventCellsProps) {
  return (
    <>
      <Table.Tr aria-label={`${entry.eventName} ${entry.loginName ?? ''}`.trim()}>
        <Table.Td ff="monospace" style={NO_WRAP}>
          {formatClockTime(entry.receivedAt)}
        </Table.Td>
        <Table.Td miw={180}>{summaryOf(entry)}</Table.Td>
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
            <Group gap={4} wrap="nowrap">
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
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => onFilterCall(entry.callRef ?? '')}
                aria-label={`Show only call ${entry.callRef}`}
                title={`Show only the events of call ${entry.callRef}`}
              >
                only
              </Button>
            </Group>
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
            onClick={() => onToggle(entry.seq)}
          >
            {expanded ? 'Hide JSON' : 'JSON'}
          </Button>
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr>
          <Table.Td colSpan={7}>
            <JsonTree value={entry.event} label={`JSON of ${entry.eventName} #${entry.seq}`} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
});
