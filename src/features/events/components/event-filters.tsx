import { Group, Select, TextInput } from '@mantine/core';
import type { EventFilter } from '../model/event-filter';

interface EventFiltersProps {
  filter: EventFilter;
  choices: { packages: string[]; eventNames: string[]; loginNames: string[]; callRefs: string[] };
  onChange: (filter: EventFilter) => void;
  search: string;
  onSearch: (search: string) => void;
}

/**
 * The free-text search, then package, event name, login and call pickers; each picker can be cleared,
 * and each lists only what the log holds.
 */
export function EventFilters({ filter, choices, onChange, search, onSearch }: EventFiltersProps) {
  return (
    <Group gap="sm" align="flex-end" role="group" aria-label="Event filters">
      <TextInput
        type="search"
        label="Search events"
        placeholder="Number, callRef, name, any text…"
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        size="xs"
        w={{ base: '100%', sm: 260 }}
      />
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
      <Select
        label="Call reference"
        placeholder="All calls"
        data={choices.callRefs}
        value={filter.callRef}
        onChange={(callRef) => onChange({ ...filter, callRef })}
        clearable
        searchable
        size="xs"
        w={200}
      />
    </Group>
  );
}
