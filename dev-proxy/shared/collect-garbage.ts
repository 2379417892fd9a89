// Heap figures for load tests and benchmarks. A figure means something only after a full collection:
// the collector is reached through V8's flag when the process was not started with --expose-gc.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | undefined;

/** Runs a full garbage collection; false when this runtime does not allow it. */
export function collectGarbage(): boolean {
  if (!collector) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) collector = exposed;
    else {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;
    }
  }
  if (!collector) return false;
  // Twice: the first pass can leave what finalizers released for the next one.
  collector();
  collector();
  return true;
}

/** heapUsed in MiB after a collection (or as it is, when none is possible). */
export function settledHeapMiB(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
