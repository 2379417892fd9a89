import { timestampedFileName } from '../../../lib/download-file';

export { downloadFile } from '../../../lib/download-file';

/** `o2g-console-2025-01-31T10-20-30.har`: the inspector's exports. */
export function exportFileName(extension: string, now = new Date()): string {
  return timestampedFileName('o2g-console', extension, now);
}
