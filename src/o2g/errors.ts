// Types only: the error type is in the sign-in page's first load, the schemas that read error bodies are
// not (they are in error-answer.ts, loaded with the first request).
import type { O2gErrorBody } from './contract/errors';
import type { ProxyErrorBody } from './contract/proxy';

/** The ways an O2G request can fail, as a person needs them told apart. */
export type O2gFailure =
  | 'unreachable' // no answer at all: network down, proxy not running, DNS, refused
  | 'tls' // the server's certificate is not trusted
  | 'not-allowed' // the proxy refused to forward to this server
  | 'not-o2g' // something answered, but not as an O2G does
  | 'bad-credentials' // 401 on authenticate
  | 'session-expired' // 401 (or 403) with a credential that used to work
  | 'no-rights' // 403
  | 'not-found' // 404
  | 'bad-request' // 400 and other 4xx
  | 'server'; // 5xx from the O2G itself

/** What an `O2gError` is made of: the failure, the exchange it happened on, and what each side said. */
export interface O2gErrorInit {
  failure: O2gFailure;
  method: string;
  url: string;
  /** 0 when no HTTP answer came back. */
  status: number;
  /** The O2G error body, when the O2G sent one. */
  body?: O2gErrorBody;
  /** The proxy's own error body, when the proxy refused or could not reach the O2G. */
  proxy?: ProxyErrorBody;
  /** The message, when neither body says it better. */
  detail?: string;
}

/**
 * The one error type of the O2G client: made in one place (`http.ts`) from a failed exchange, so every
 * screen can explain any failure the same way.
 */
export class O2gError extends Error {
  override readonly name = 'O2gError';
  readonly failure: O2gFailure;
  readonly method: string;
  readonly url: string;
  /** 0 when no HTTP answer came back. */
  readonly status: number;
  /** The O2G error body, when the O2G sent one. */
  readonly body?: O2gErrorBody;
  /** The proxy's own error body, when the proxy refused or could not reach the O2G. */
  readonly proxy?: ProxyErrorBody;

  constructor({ failure, method, url, status, body, proxy, detail }: O2gErrorInit) {
    super(detail ?? body?.helpMessage ?? proxy?.message ?? `${method} ${url} failed (${failure})`);
    this.failure = failure;
    this.method = method;
    this.url = url;
    this.status = status;
    this.body = body;
    this.proxy = proxy;
  }
}

export function isO2gError(error: unknown): error is O2gError {
  return error instanceof O2gError;
}

/** True when the session is gone and only a new sign-in helps. */
export function isSessionLost(error: unknown): boolean {
  return isO2gError(error) && error.failure === 'session-expired';
}
