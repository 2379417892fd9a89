// Reads an endpoint answer whole, within the rewrite budget, with plain stream events (no async
// iterator, no promise that nobody awaits). When the answer outgrows the budget, what was read and the
// rest of the stream are handed on unchanged, as one stream.
import { PassThrough, type Readable } from 'node:stream';
import type { RewriteBudget } from './rewrite-budget';

/** What became of an answer read for rewriting. */
export type ReadOutcome =
  | { kind: 'whole'; body: Buffer }
  | { kind: 'too-large'; stream: Readable }
  | { kind: 'failed'; error: unknown };

/**
 * Reads `stream` and calls `done` exactly once. Budget bytes are given back as soon as the outcome is
 * known (`whole`: when `done` returns). `abandon` is returned: call it when the client goes away.
 */
export function readForRewrite(
  stream: Readable,
  budget: RewriteBudget,
  done: (outcome: ReadOutcome) => void,
): () => void {
  const chunks: Buffer[] = [];
  let held = 0;
  let settled = false;

  const finish = (outcome: ReadOutcome): void => {
    if (settled) return;
    settled = true;
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('error', onError);
    try {
      done(outcome);
    } finally {
      budget.release(held);
      held = 0;
    }
  };
  const onData = (chunk: Buffer | string): void => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (budget.take(bytes.length, held)) {
      held += bytes.length;
      chunks.push(bytes);
      return;
    }
    // Over a bound: hand on what was read and the rest, unchanged, through one stream.
    stream.pause();
    const passOn = new PassThrough();
    for (const read of chunks) passOn.write(read);
    passOn.write(bytes);
    chunks.length = 0;
    stream.on('error', (error) => passOn.destroy(error));
    finish({ kind: 'too-large', stream: passOn });
    stream.pipe(passOn);
  };
  const onEnd = (): void => finish({ kind: 'whole', body: Buffer.concat(chunks, held) });
  const onError = (error: unknown): void => finish({ kind: 'failed', error });

  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('error', onError);
  return () => {
    if (settled) return;
    settled = true;
    stream.off('data', onData);
    stream.destroy();
    budget.release(held);
    held = 0;
  };
}
