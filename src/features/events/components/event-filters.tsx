import { memo } from 'react';
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
 * and each lists only what the log holds. Memoised on what it shows: the log grows with every event,
 * but its pickers' lists change only when an event brings a new package, name, login or call, and
 * Mantine's Selects are too heavy to draw again for each event.
 */
export const EventFilters = memo(function EventFilters({
  filter,
  choices,
  onChange,
  search,
  onSearch,
}: EventFiltersProps) {
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
      <FilterSelect
        label="Package"
        placeholder="All packages"
        data={choices.packages}
        value={filter.packageName}
        onPick={(packageName) => onChange({ ...filter, packageName, eventName: null })}
        width={180}
      />
      <FilterSelect
        label="Event"
        placeholder="All events"
        data={choices.eventNames}
        value={filter.eventName}
        onPick={(eventName) => onChange({ ...filter, eventName })}
        width={220}
      />
      <FilterSelect
        label="Login"
        placeholder="All logins"
        data={choices.loginNames}
        value={filter.loginName}
        onPick={(loginName) => onChange({ ...filter, loginName })}
        width={160}
      />
      <FilterSelect
        label="Call reference"
        placeholder="All calls"
        data={choices.callRefs}
        value={filter.callRef}
        onPick={(callRef) => onChange({ ...filter, callRef })}
        width={200}
      />
    </Group>
  );
}, sameFilters);

function FilterSelect({
  label,
  placeholder,
  data,
  value,
  onPick,
  width,
}: {
  label: string;
  placeholder: string;
  data: string[];
  value: string | null;
  onPick: (value: string | null) => void;
  width: number;
}) {
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={data}
      value={value}
      onChange={onPick}
      clearable
      searchable
      size="xs"
      w={width}
    />
  );
}

function sameFilters(before: EventFiltersProps, after: EventFiltersProps): boolean {
  return (
    before.filter === after.filter &&
    before.search === after.search &&
    before.onChange === after.onChange &&
    before.onSearch === after.onSearch &&
    sameList(before.choices.packages, after.choices.packages) &&
    sameList(before.choices.eventNames, after.choices.eventNames) &&
    sameList(before.choices.loginNames, after.choices.loginNames) &&
    sameList(before.choices.callRefs, after.choices.callRefs)
  );
}

function sameList(before: readonly string[], after: readonly string[]): boolean {
  return before.length === after.length && before.every((value, index) => value === after[index]);
}
