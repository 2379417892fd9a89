import { fileTimestamp } from './format-time';

/**
 * Saves text as a file the browser downloads: a Blob behind a temporary object URL and a temporary
 * `<a download>`, both gone once the click is dispatched.
 */
export function downloadFile(fileName: string, text: string, mimeType: string): void {
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

/** `<prefix>-2025-01-31T10-20-30.<extension>`: sortable, and valid on every file system. */
export function timestampedFileName(prefix: string, extension: string, now = new Date()): string {
  return `${prefix}-${fileTimestamp(now)}.${extension}`;
}
