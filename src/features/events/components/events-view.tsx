import { useCallback, useDeferredValue, useState } from 'react';
import { Alert, Loader, Group, Paper, Stack, Text } from '@mantine/core';
import type { EventChannelState } from '../../../o2g/client';
import { useChannelState } from '../api/use-channel-state';
import { useEventLog, useEventLogState } from '../model/event-log-context';
import { filterChoices, isFiltering, matchesFilter, NO_FILTER } from '../model/event-filter';
import { matchesSearch, searchTerms } from '../model/event-search';
import { downloadFile } from '../../../lib/download-file';
import { eventsFileName, eventsToNdjson } from '../model/export-events';
import { CallTimeline } from './call-timeline';
import { EventFilters } from './event-filters';
import { EventTable } from './event-table';
import { EventToolbar } from './event-toolbar';

/**
 * The Events page: the live log with its filters, pause, clear and export, and the timeline of one call.
 * Pausing freezes the view only: events keep arriving into the log and are counted.
 */
export function EventsView() {
  const log = useEventLog();
  const { entries, skipped } = useEventLogState();
  const channel = useChannelState();
  const [filter, setFilter] = useState(NO_FILTER);
  const [search, setSearch] = useState('');
  // The box follows each key at once; the log is narrowed when React has time (a long log stays typable).
  const terms = searchTerms(useDeferredValue(search));
  // The last event on screen when the view was paused; null while live.
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const [callRef, setCallRef] = useState<string | null>(null);

  const onScreen = pausedAt === null ? entries : entries.filter((entry) => entry.seq <= pausedAt);
  const arrivedWhilePaused = pausedAt === null ? 0 : entries.length - onScreen.length;
  const shown = onScreen.filter((entry) => matchesFilter(entry, filter) && matchesSearch(entry, terms));
  // Stable, so the memoised rows are not drawn again when the page re-renders.
  const filterCall = useCallback(
    (ref: string) => setFilter((previous) => ({ ...previous, callRef: ref })),
    [],
  );

  const togglePause = () => setPausedAt(pausedAt === null ? (entries.at(-1)?.seq ?? 0) : null);

  return (
    <Stack gap="md">
      <ChannelNotice state={channel} />
      <Paper withBorder p="md" component="section" aria-label="Event log">
        <Stack gap="sm">
          <EventToolbar
            shown={shown.length}
            total={onScreen.length}
            paused={pausedAt !== null}
            arrivedWhilePaused={arrivedWhilePaused}
            skipped={skipped}
            onTogglePause={togglePause}
            onClear={log.clear}
            onExport={() => downloadFile(eventsFileName(), eventsToNdjson(shown), 'application/x-ndjson')}
          />
          <EventFilters
            filter={filter}
            choices={filterChoices(onScreen, filter)}
            onChange={setFilter}
            search={search}
            onSearch={setSearch}
          />
          {shown.length > 0 ? (
            <EventTable entries={shown} onPickCall={setCallRef} onFilterCall={filterCall} />
          ) : (
            <Text c="dimmed" size="sm" py="lg" ta="center">
              {onScreen.length > 0 && terms.length > 0
                ? `No event matches “${search.trim()}”${isFiltering(filter) ? ' with these filters' : ''}.`
                : onScreen.length > 0 && isFiltering(filter)
                  ? 'No event matches these filters.'
                  : pausedAt !== null
                    ? 'Paused: no event on screen. Resume to see what arrived.'
                    : 'No event yet. They appear here as they happen: make a call, or change a forward.'}
            </Text>
          )}
        </Stack>
      </Paper>
      <CallTimeline entries={entries} callRef={callRef} onPickCall={setCallRef} />
    </Stack>
  );
}

/** Says when the log cannot be live; nothing while it is. */
function ChannelNotice({ state }: { state: EventChannelState }) {
  if (state === 'live') return null;
  if (state === 'connecting' || state === 'reconnecting' || state === 'unreachable') {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">
          {state === 'connecting'
            ? 'Opening the event channel…'
            : state === 'unreachable'
              ? 'The O2G does not answer (down, restarting, or the network is cut): the console keeps trying to reopen the event channel.'
              : 'The event channel dropped: reopening it. Events published meanwhile will arrive, once each.'}
        </Text>
      </Group>
    );
  }
  return (
    <Alert color={state === 'failed' ? 'red' : 'gray'} title="Events off" role="alert">
      {state === 'failed'
        ? 'The console could not keep the event channel open: the session is gone or the O2G refused the subscription. The Inspector shows the failed request.'
        : 'No event channel is open for this session.'}
    </Alert>
  );
}
