// One line per request, for a person watching the terminal. Secrets never reach it: the line holds no
// headers at all (so no Authorization, Cookie, Set-Cookie or X-O2G-Credential), and query values that
// authenticate (subscriptionId opens an event channel by itself) are masked.

/** Where log lines go; tests pass their own. */
export type ProxyLog = (line: string) => void;

/** Query parameters whose value is a secret. */
const SECRET_PARAMETER =
  /credential|subscriptionid|password|passwd|pwd|token|secret|alcuserid|authorization/i;

/** The path and query of a request with secret query values replaced by `***`. */
export function redactPath(pathAndQuery: string): string {
  const queryStart = pathAndQuery.indexOf('?');
  if (queryStart < 0) return pathAndQuery;
  const query = pathAndQuery
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const separator = pair.indexOf('=');
      const name = separator < 0 ? pair : pair.slice(0, separator);
      return separator >= 0 && SECRET_PARAMETER.test(safeDecode(name)) ? `${name}=***` : pair;
    })
    .join('&');
  return `${pathAndQuery.slice(0, queryStart)}?${query}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

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
  return `${entry.method} ${entry.target} ${redactPath(entry.path)} ${entry.status} ${Math.round(entry.ms)}ms`;
}
