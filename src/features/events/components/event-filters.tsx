import { Group, Select } from '@mantine/core';
import type { EventFilter } from '../model/event-filter';

interface EventFiltersProps {
  filter: EventFilter;
  choices: { packages: string[]; eventNames: string[]; loginNames: string[] };
  onChange: (filter: EventFilter) => void;
}

/** Package, event name and login pickers; each can be cleared, and each lists only what the log holds. */
export function EventFilters({ filter, choices, onChange }: EventFiltersProps) {
  return (
    <Group gap="sm" align="flex-end" role="group" aria-label="Event filters">
      <Select
        label="Package"
        placeholder="All packages"
        data={choices.packages}
        value={filter.packageName}
        onChange={(packageName) => onChange({ ...filter, packageName, eventName: null })}
        clearable
        searchable
        size="xs"
        w={180}
      />
      <Select
        label="Event"
        placeholder="All events"
        data={choices.eventNames}
        value={filter.eventName}
        onChange={(eventName) => onChange({ ...filter, eventName })}
        clearable
        searchable
        size="xs"
        w={220}
      />
      <Select
        label="Login"
        placeholder="All logins"
        data={choices.loginNames}
        value={filter.loginName}
        onChange={(loginName) => onChange({ ...filter, loginName })}
        clearable
        searchable
        size="xs"
        w={160}
      />
    </Group>
  );
}
