import { afterEach, beforeEach, vi } from 'vitest';

/** One file the console handed to the browser to save. */
export interface SavedFile {
  name: string;
  blob: Blob;
}

/**
 * Catches the files a test's components save through `lib/download-file` (a Blob behind an object URL,
 * clicked as `<a download>`): jsdom saves nothing, so each click is recorded instead. Call it at the top
 * of a test file; the list empties before each test, and the browser's own functions come back after.
 */
export function captureDownloads(): SavedFile[] {
  const saved: SavedFile[] = [];
  // Kept as the property descriptors, so the originals go back exactly as they were (or absent).
  const original = {
    create: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
    revoke: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
  };
  beforeEach(() => {
    saved.length = 0;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) saved.push({ name: this.download, blob });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const [name, descriptor] of [
      ['createObjectURL', original.create],
      ['revokeObjectURL', original.revoke],
    ] as const) {
      if (descriptor) Object.defineProperty(URL, name, descriptor);
      else Reflect.deleteProperty(URL, name);
    }
  });
  return saved;
}
