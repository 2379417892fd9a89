import type { LoggedEvent } from './event-log';

/** What the log shows: each field narrows it; an empty field lets everything through. */
export interface EventFilter {
  packageName: string | null;
  eventName: string | null;
  loginName: string | null;
}

export const NO_FILTER: EventFilter = { packageName: null, eventName: null, loginName: null };

export function matchesFilter(entry: LoggedEvent, filter: EventFilter): boolean {
  return (
    (filter.packageName === null || entry.packageName === filter.packageName) &&
    (filter.eventName === null || entry.eventName === filter.eventName) &&
    (filter.loginName === null || entry.loginName === filter.loginName)
  );
}

export function isFiltering(filter: EventFilter): boolean {
  return filter.packageName !== null || filter.eventName !== null || filter.loginName !== null;
}

/**
 * The values each filter can take, from what the log holds (sorted). The event names follow the chosen
 * package, so the list never offers a name the other filter already rules out.
 */
export function filterChoices(entries: readonly LoggedEvent[], filter: EventFilter) {
  const packages = new Set<string>();
  const eventNames = new Set<string>();
  const loginNames = new Set<string>();
  for (const entry of entries) {
    packages.add(entry.packageName);
    if (filter.packageName === null || entry.packageName === filter.packageName)
      eventNames.add(entry.eventName);
    if (entry.loginName) loginNames.add(entry.loginName);
  }
  // A chosen value stays offered even when the entries that had it were cleared.
  if (filter.packageName) packages.add(filter.packageName);
  if (filter.eventName) eventNames.add(filter.eventName);
  if (filter.loginName) loginNames.add(filter.loginName);
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return { packages: sorted(packages), eventNames: sorted(eventNames), loginNames: sorted(loginNames) };
}
