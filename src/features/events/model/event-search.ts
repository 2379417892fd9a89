import type { LoggedEvent } from './event-log';
import { summarizeEvent } from './event-summary';

// The free-text search of the log. Each event's summary and searchable text are worked out once and
// kept beside it (a logged event never changes), so typing in the search box re-reads nothing but a
// string per event, and a new event costs one summary, not one per row on screen.

const summaries = new WeakMap<LoggedEvent, string>();
const haystacks = new WeakMap<LoggedEvent, string>();

/** The event's summary in words, computed once per logged event. */
export function summaryOf(entry: LoggedEvent): string {
  let summary = summaries.get(entry);
  if (summary === undefined) {
    summary = summarizeEvent(entry.event);
    summaries.set(entry, summary);
  }
  return summary;
}

/** Everything a search looks in, lower-cased: the summary and the whole line as the O2G sent it. */
function haystackOf(entry: LoggedEvent): string {
  let haystack = haystacks.get(entry);
  if (haystack === undefined) {
    haystack = `${summaryOf(entry)}\n${entry.text}`.toLowerCase();
    haystacks.set(entry, haystack);
  }
  return haystack;
}

/** The words of a search, lower-cased; none for an empty or blank search. */
export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Whether the event holds every term of the search, anywhere: its name, login, callRef, numbers, any
 * text of its body, or its summary. Case does not matter; no term matches everything.
 */
export function matchesSearch(entry: LoggedEvent, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = haystackOf(entry);
  return terms.every((term) => haystack.includes(term));
}
