import { useCallback, useRef, useState } from 'react';
import { Table, VisuallyHidden } from '@mantine/core';
import {
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import type { LoggedEvent } from '../model/event-log';
import { EventRow } from './event-row';

/** A closed row's height in px, for rows not measured yet. */
const ROW_ESTIMATE = 37;
const COLUMNS = 7;
/** What a scroller not laid out yet is taken to measure (see observeScroller). */
const SCREENFUL: Rect = { width: 960, height: 600 };

type EventVirtualizer = Virtualizer<HTMLDivElement, HTMLTableSectionElement>;

/*
 * Sizes as the virtualizer sees them. Where nothing is laid out (a hidden page, or the component tests'
 * DOM) everything measures 0: the scroller is then taken as a screenful and each row as the estimate,
 * so a screenful is drawn rather than nothing, or everything.
 */
function observeScroller(instance: EventVirtualizer, report: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : SCREENFUL));
}

function measureRow(
  element: HTMLTableSectionElement,
  entry: ResizeObserverEntry | undefined,
  instance: EventVirtualizer,
) {
  const height = measureElement(element, entry, instance);
  return height > 0 ? height : ROW_ESTIMATE;
}

interface EventTableProps {
  /** Oldest first, as the log keeps them; the table shows the newest on top. */
  entries: readonly LoggedEvent[];
  onPickCall: (callRef: string) => void;
  /** Narrows the log to one call's events. */
  onFilterCall: (callRef: string) => void;
}

/**
 * The live log: one row per event, newest first, each one opening onto its JSON. Only the rows in view
 * (and a few around) are in the page, so the whole log can be scrolled at the cost of a screenful.
 */
export function EventTable({ entries, onPickCall, onFilterCall }: EventTableProps) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = useCallback((seq: number) => {
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(seq)) next.add(seq);
      return next;
    });
  }, []);
  const scroller = useRef<HTMLDivElement>(null);
  const newest = (index: number) => entries[entries.length - 1 - index];
  // The compiler leaves this component alone (the virtualizer's functions change under it); the rows
  // are memoised by hand in EventRow, which is what keeps a new event from re-rendering them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableSectionElement>({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => newest(index)?.seq ?? index,
    overscan: 8,
    observeElementRect: observeScroller,
    measureElement: measureRow,
  });
  const items = virtualizer.getVirtualItems();
  const above = items[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    // A scrolling region is reachable by keyboard, so its rows can be scrolled without a mouse.
    <div
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label="Event rows"
      style={{ maxHeight: '60vh', overflow: 'auto' }}
    >
      <Table stickyHeader highlightOnHover withTableBorder fz="sm" miw={820} aria-label="Events">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Time</Table.Th>
            {/* Right after the time, so a phone shows what happened without scrolling the table. */}
            <Table.Th>Summary</Table.Th>
            <Table.Th>Package</Table.Th>
            <Table.Th>Event</Table.Th>
            <Table.Th>Login</Table.Th>
            <Table.Th>Call</Table.Th>
            <Table.Th>
              <VisuallyHidden>JSON</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Spacer height={above} />
        {items.map((item) => {
          const entry = newest(item.index);
          if (!entry) return null;
          return (
            <EventRow
              key={item.key}
              entry={entry}
              expanded={open.has(entry.seq)}
              index={item.index}
              measure={virtualizer.measureElement}
              onToggle={toggle}
              onPickCall={onPickCall}
              onFilterCall={onFilterCall}
            />
          );
        })}
        <Spacer height={below} />
      </Table>
    </div>
  );
}

/** Stands in for the rows out of view, so the scrollbar is the whole log's. */
function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tbody aria-hidden>
      <tr>
        <td colSpan={COLUMNS} style={{ height, padding: 0, border: 0 }} />
      </tr>
    </tbody>
  );
}
