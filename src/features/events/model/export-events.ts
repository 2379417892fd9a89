import type { LoggedEvent } from './event-log';

/**
 * The events as NDJSON, one line each as the O2G sent it, oldest first: the channel's own format, so
 * the file reads back with the same tools (jq, the console's reader). Events carry no credential.
 */
export function eventsToNdjson(entries: readonly LoggedEvent[]): string {
  return entries.map((entry) => `${entry.text}\n`).join('');
}

/** `o2g-events-2025-01-31T10-20-30.ndjson`: sortable, and valid on every file system. */
export function eventsFileName(now = new Date()): string {
  return `o2g-events-${now.toISOString().slice(0, 19).replace(/:/g, '-')}.ndjson`;
}

/** Saves text as a file the browser downloads, through a temporary object URL. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked on the next task: some browsers read the URL only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
