import { Chip, Group, SegmentedControl, TextInput } from '@mantine/core';
import type { ExchangeFilter, StatusFilter } from '../model/exchange-filter';

const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'errors', label: 'Errors' },
  { value: 'success', label: '2xx' },
];

interface ExchangeFiltersProps {
  filter: ExchangeFilter;
  onChange: (next: ExchangeFilter) => void;
  /** The methods the log holds: a chip for each. */
  methods: readonly string[];
}

/** Free text over method, URL and status; all / errors / 2xx; and one chip per method seen. */
export function ExchangeFilters({ filter, onChange, methods }: ExchangeFiltersProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Filter requests"
        placeholder="method, URL or status, e.g. POST telephony 4"
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.currentTarget.value })}
        style={{ flex: '1 1 240px' }}
        size="sm"
      />
      <SegmentedControl
        aria-label="Status"
        size="sm"
        data={STATUS_OPTIONS}
        value={filter.status}
        onChange={(value) => onChange({ ...filter, status: value })}
      />
      {methods.length > 0 && (
        <Group gap={6} role="group" aria-label="Methods" wrap="wrap">
          <Chip.Group
            multiple
            value={[...filter.methods]}
            onChange={(value) => onChange({ ...filter, methods: value })}
          >
            {methods.map((method) => (
              <Chip key={method} value={method} size="sm" variant="outline">
                {method}
              </Chip>
            ))}
          </Chip.Group>
        </Group>
      )}
    </Group>
  );
}
