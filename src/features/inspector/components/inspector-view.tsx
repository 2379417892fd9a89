import { plural } from '../../../lib/plural';
import { useMemo, useState } from 'react';
import { Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import type { EditLink } from '../model/edit-link';
import type { ExchangeFilter } from '../model/exchange-filter';
import { NO_FILTER, filterExchanges, isFiltering, methodsIn } from '../model/exchange-filter';
import { useExchangeLog, useExchanges } from '../model/exchange-log-context';
import { ExchangeDetail } from './exchange-detail';
import { ExchangeFilters } from './exchange-filters';
import { ExchangeTable } from './exchange-table';
import { ExportMenu } from './export-menu';
import { InspectorEmpty } from './inspector-empty';

/**
 * The inspector: every O2G request of this console as it happens, filterable, with one selected request
 * shown in full. `origin` is where the console runs, to turn its proxy URLs into absolute ones;
 * `editLink`, when given, opens a request where it can be edited and sent again.
 */
export function InspectorView({ origin, editLink }: { origin: string; editLink?: EditLink }) {
  const log = useExchangeLog();
  const exchanges = useExchanges();
  const [filter, setFilter] = useState<ExchangeFilter>(NO_FILTER);
  const [selectedId, setSelectedId] = useState<number>();
  const shown = useMemo(() => filterExchanges(exchanges, filter), [exchanges, filter]);
  const methods = useMemo(() => methodsIn(exchanges), [exchanges]);
  // The selection survives filtering (it is still worth reading) but not clearing the log.
  const selected = exchanges.find((exchange) => exchange.id === selectedId);
  const filtering = isFiltering(filter);

  if (exchanges.length === 0) return <InspectorEmpty kind="empty" />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <ExchangeFilters filter={filter} onChange={setFilter} methods={methods} />
        <Group gap="xs">
          <ExportMenu exchanges={shown} origin={origin} />
          <Button size="xs" variant="light" color="red" onClick={log.clear}>
            Clear log ({exchanges.length})
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" role="status">
        {filtering
          ? `Showing ${shown.length} of ${plural(exchanges.length, 'request')}`
          : `${plural(exchanges.length, 'request')}, newest first`}
      </Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          {shown.length === 0 ? (
            <InspectorEmpty kind="filtered" onClearFilters={() => setFilter(NO_FILTER)} />
          ) : (
            <ExchangeTable
              exchanges={shown}
              selectedId={selectedId}
              onSelect={setSelectedId}
              origin={origin}
            />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          {selected ? (
            <ExchangeDetail exchange={selected} origin={origin} editLink={editLink} />
          ) : (
            <Paper withBorder p="md">
              <Text size="sm" c="dimmed">
                Select a request (click, or Enter on a row) to see its headers and bodies.
              </Text>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
