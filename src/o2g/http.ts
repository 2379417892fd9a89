import { COOKIES_HEADER, CREDENTIAL_HEADER, VAULT_HEADER } from './contract/wire-names';
import type { z } from 'zod';
import { O2gError } from './errors';
import type * as Transport from './http-transport';
import { redactBodyText, redactHeaders, redactSubscriptionIds } from './redact';

/** One request the console made and what came back, already redacted: what the inspector shows. */
export interface O2gExchange {
  id: number;
  method: string;
  url: string;
  startedAt: number;
  durationMs: number;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  /** 0 when no HTTP answer came back. */
  status: number;
  responseHeaders: Record<string, string>;
  responseBody?: string;
  /** Why it failed, in the client's words, for failed exchanges. */
  failure?: string;
}

export interface O2gHttpOptions {
  /** The current AlcUserId credential; sent as X-O2G-Credential, which the dev proxy turns into the cookie. */
  getCredential?: () => string | undefined;
  /** Told of every exchange, once it has ended. */
  onExchange?: (exchange: O2gExchange) => void;
  timeoutMs?: number;
  /**
   * Asks the dev proxy to keep the credential (its session vault): a sign-in then hands the browser
   * only an HttpOnly handle cookie, and later requests carry no credential at all.
   */
  vault?: boolean;
  /** True while the proxy's vault holds the session's credential (the browser sends the handle cookie). */
  vaultSessionOpen?: () => boolean;
}

export interface O2gRequest {
  json?: unknown;
  /** Basic credentials, for the authenticate request only. */
  basic?: { login: string; password: string };
  /** A credential for this request only, e.g. the one authentication just returned. */
  credential?: string;
  /** More request headers, e.g. `Range` for the voicemail acknowledge. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface O2gAnswer<T> {
  status: number;
  headers: Headers;
  data: T;
}

let nextExchangeId = 1;

let transport: Promise<typeof Transport> | undefined;
/** ky and the error-body schemas, loaded once, with the first request (see http-transport.ts). */
function loadTransport(): Promise<typeof Transport> {
  transport ??= import('./http-transport');
  return transport;
}

/**
 * The O2G client's HTTP layer: every request goes through here, so errors become one `O2gError` type and
 * every exchange reaches the inspector. URLs are the absolute ones the O2G returned (through the proxy).
 */
export function createO2gHttp(options: O2gHttpOptions = {}) {
  /** Sends one request and records it; the caller reads the body of a 2xx answer its own way. */
  async function send(
    method: string,
    url: string,
    init: O2gRequest,
    accept: string,
  ): Promise<{ response: Response; record: Recorder }> {
    // Before the clock starts: the time to load it is not the O2G's.
    const { ky, errorFromAnswer } = await loadTransport();
    const headers = new Headers({ ...init.headers, Accept: accept });
    const credential = init.credential ?? options.getCredential?.();
    if (credential) headers.set(CREDENTIAL_HEADER, credential);
    // The credential travels in the header above: the browser's cookie jar never needs to hold it.
    headers.set(COOKIES_HEADER, 'none');
    if (options.vault) headers.set(VAULT_HEADER, '1');
    if (init.basic)
      headers.set('Authorization', `Basic ${encodeBasic(init.basic.login, init.basic.password)}`);
    const requestBody = init.json === undefined ? undefined : JSON.stringify(init.json);
    if (requestBody !== undefined) headers.set('Content-Type', 'application/json');

    const startedAt = Date.now();
    // The browser adds the vault's handle cookie itself; the record says so, so that a copied cURL knows
    // this request carried the session's credential.
    const viaVault = !init.basic && !credential && options.vaultSessionOpen?.() === true;
    const recordedHeaders = viaVault
      ? { ...redactHeaders(headers), cookie: '[redacted]' }
      : redactHeaders(headers);
    const record: Recorder = (status, responseHeaders, text, failure) =>
      options.onExchange?.({
        id: nextExchangeId++,
        method,
        url: redactSubscriptionIds(url),
        startedAt,
        durationMs: Date.now() - startedAt,
        requestHeaders: recordedHeaders,
        requestBody: redactBodyText(requestBody),
        status,
        responseHeaders: responseHeaders ? redactHeaders(responseHeaders) : {},
        responseBody: redactBodyText(text),
        failure,
      });

    let response: Response;
    try {
      response = await ky(url, {
        method,
        headers,
        body: requestBody,
        retry: 0, // React Query owns retries
        timeout: options.timeoutMs ?? 15_000,
        throwHttpErrors: false,
        signal: init.signal,
        credentials: 'same-origin',
      });
    } catch (cause) {
      const error = networkError(method, url, cause);
      record(0, undefined, undefined, error.message);
      throw error;
    }
    if (!response.ok) {
      const text = await response.text();
      const error = errorFromAnswer(method, url, response.status, parseJson(text), Boolean(init.basic));
      record(response.status, response.headers, text, error.failure);
      throw error;
    }
    return { response, record };
  }

  async function request<T>(
    method: string,
    url: string,
    schema: z.ZodType<T> | undefined,
    init: O2gRequest = {},
  ): Promise<O2gAnswer<T>> {
    const { response, record } = await send(method, url, init, 'application/json');
    const text = await response.text();
    const payload = parseJson(text);
    record(response.status, response.headers, text);
    if (!schema) return { status: response.status, headers: response.headers, data: payload as T };
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      throw new O2gError({
        failure: 'not-o2g',
        method,
        url,
        status: response.status,
        detail: `The answer to ${method} ${url} is not what an O2G sends: ${parsed.error.issues[0]?.message ?? 'unexpected shape'}`,
      });
    }
    return { status: response.status, headers: response.headers, data: parsed.data };
  }

  /**
   * Like `request`, for a binary answer (a voice message's WAV): the body comes back as a Blob, and the
   * inspector records its type and size instead of the bytes. Errors are JSON and read as usual.
   */
  async function requestBlob(method: string, url: string, init: O2gRequest = {}): Promise<O2gAnswer<Blob>> {
    const { response, record } = await send(method, url, init, '*/*');
    const blob = await response.blob();
    record(response.status, response.headers, `[${blob.type || 'binary'} body, ${blob.size} bytes]`);
    return { status: response.status, headers: response.headers, data: blob };
  }

  return { request, requestBlob };
}

export type O2gHttp = ReturnType<typeof createO2gHttp>;

type Recorder = (
  status: number,
  responseHeaders: Headers | undefined,
  text: string | undefined,
  failure?: string,
) => void;

function encodeBasic(login: string, password: string): string {
  // btoa takes Latin-1 only; encode UTF-8 first so a non-ASCII password does not throw.
  const bytes = new TextEncoder().encode(`${login}:${password}`);
  return btoa(String.fromCharCode(...bytes));
}

/** An answer's body as JSON when it is JSON, else the text itself (an error page, say); empty is undefined. */
export function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function networkError(method: string, url: string, cause: unknown): O2gError {
  const timedOut = cause instanceof Error && cause.name === 'TimeoutError';
  const aborted = cause instanceof Error && cause.name === 'AbortError';
  const detail = timedOut
    ? `No answer from ${new URL(url, 'http://x').host} in time`
    : aborted
      ? 'The request was cancelled'
      : `Could not reach ${url}: the console's proxy or the network is down`;
  return new O2gError({ failure: 'unreachable', method, url, status: 0, detail });
}
