import type { CarriedValue } from '../../../o2g/catalogue';

/** One request the explorer sent and what came back, in plain data (kept for the whole session). */
export interface ExplorerAnswer {
  /** Unique in the session. */
  id: number;
  operationId: string;
  /** Shown in the history: the service and the operation's summary. */
  title: string;
  method: string;
  url: string;
  /** Path and query values as they were, to send it again or open it prefilled. */
  params: Record<string, string>;
  body?: unknown;
  sentAt: number;
  durationMs: number;
  /** 0 when no HTTP answer came back. */
  status: number;
  headers: Record<string, string>;
  /** The body as JSON, when it was JSON. */
  data?: unknown;
  /** The body as text (a file's type and size for a binary answer). */
  raw: string;
  /** Set when the request failed: the failure in words, and the O2G's own error body when it sent one. */
  error?: { title: string; message: string; body?: unknown };
  carried: CarriedValue[];
}

/** Headers as a plain record, names in lower case. */
export function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}
