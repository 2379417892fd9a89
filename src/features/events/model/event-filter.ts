import type { LoggedEvent } from './event-log';

/** What the log shows: each field narrows it; an empty field lets everything through. */
export interface EventFilter {
  packageName: string | null;
  eventName: string | null;
  loginName: string | null;
  /** One call's events only: picked in the list, or from a row's call reference. */
  callRef: string | null;
}

export const NO_FILTER: EventFilter = { packageName: null, eventName: null, loginName: null, callRef: null };

export function matchesFilter(entry: LoggedEvent, filter: EventFilter): boolean {
  return (
    (filter.packageName === null || entry.packageName === filter.packageName) &&
    (filter.eventName === null || entry.eventName === filter.eventName) &&
    (filter.loginName === null || entry.loginName === filter.loginName) &&
    (filter.callRef === null || entry.callRef === filter.callRef)
  );
}

export function isFiltering(filter: EventFilter): boolean {
  return (
    filter.packageName !== null ||
    filter.eventName !== null ||
    filter.loginName !== null ||
    filter.callRef !== null
  );
}

/**
 * The values each filter can take, from what the log holds (sorted). The event names follow the chosen
 * package, so the list never offers a name the other filter already rules out.
 */
export function filterChoices(entries: readonly LoggedEvent[], filter: EventFilter) {
  const packages = new Set<string>();
  const eventNames = new Set<string>();
  const loginNames = new Set<string>();
  const callRefs = new Set<string>();
  for (const entry of entries) {
    packages.add(entry.packageName);
    if (filter.packageName === null || entry.packageName === filter.packageName)
      eventNames.add(entry.eventName);
    if (entry.loginName) loginNames.add(entry.loginName);
    if (entry.callRef) callRefs.add(entry.callRef);
  }
  // A chosen value stays offered even when the entries that had it were cleared.
  if (filter.packageName) packages.add(filter.packageName);
  if (filter.eventName) eventNames.add(filter.eventName);
  if (filter.loginName) loginNames.add(filter.loginName);
  if (filter.callRef) callRefs.add(filter.callRef);
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return {
    packages: sorted(packages),
    eventNames: sorted(eventNames),
    loginNames: sorted(loginNames),
    callRefs: sorted(callRefs),
  };
}
