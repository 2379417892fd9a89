// `npm start` runs the lab, the proxy and the console in one process. Node ends a process on an
// unhandled promise rejection, so one forgotten `.catch` in any of the three would take the other two
// down with it. The dev tools log such a rejection (redacted, like every log line) and keep serving: a
// request may be lost, the servers are not.
import { redactLogLine } from './redact-log';

/** What a rejection says, on one line: its stack (or its text), without any secret. */
export function rejectionLine(reason: unknown): string {
  const text = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
  return redactLogLine(`unhandled rejection (still serving): ${text.replace(/\s*\n\s*/g, ' | ')}`);
}

/** Installs the safety net; returns how to remove it. */
export function keepServingOnUnhandledRejection(log: (line: string) => void = console.error): () => void {
  const onRejection = (reason: unknown): void => log(rejectionLine(reason));
  process.on('unhandledRejection', onRejection);
  return () => process.off('unhandledRejection', onRejection);
}
