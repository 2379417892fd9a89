// One line per request, for a person watching the terminal. Secrets never reach it: the line holds no
// headers at all (so no Authorization, Cookie, Set-Cookie or X-O2G-Credential), and every line the proxy
// writes passes through the one redaction of the dev tools (shared/redact-log.ts, applied by
// createProxy to its sink), which masks secret parameters and subscription ids.

/** Where log lines go; tests pass their own. */
export type ProxyLog = (line: string) => void;

/** What one log line says. */
export interface RequestLogEntry {
  method: string;
  /** Upstream origin, or `-` when the request went nowhere (refused, the proxy's own path). */
  target: string;
  /** The upstream path and query (or the request's, when refused). */
  path: string;
  status: number;
  ms: number;
}

/** `METHOD target path status ms`, e.g. `GET http://127.0.0.1:8080 /api/rest 200 3ms`. */
export function requestLogLine(entry: RequestLogEntry): string {
  return `${entry.method} ${entry.target} ${entry.path} ${entry.status} ${Math.round(entry.ms)}ms`;
}
