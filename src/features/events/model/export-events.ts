import { timestampedFileName } from '../../../lib/download-file';
import type { LoggedEvent } from './event-log';

/**
 * The events as NDJSON, one line each as the O2G sent it, oldest first: the channel's own format, so
 * the file reads back with the same tools (jq, the console's reader). Events carry no credential.
 */
export function eventsToNdjson(entries: readonly LoggedEvent[]): string {
  return entries.map((entry) => `${entry.text}\n`).join('');
}

/** `o2g-events-2025-01-31T10-20-30.ndjson`: the events log's exports. */
export function eventsFileName(now = new Date()): string {
  return timestampedFileName('o2g-events', 'ndjson', now);
}
