import type { O2gExchange } from '../../../o2g/http';
import { redactForExport } from './export-redaction';
import { upstreamUrl } from '../../../o2g/upstream-url';

/** The parts of HAR 1.2 this console writes. */
export interface HarNameValue {
  name: string;
  value: string;
}

export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    headers: HarNameValue[];
    queryString: HarNameValue[];
    postData?: { mimeType: string; text: string };
    cookies: HarNameValue[];
    headersSize: -1;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: HarNameValue[];
    cookies: HarNameValue[];
    content: { size: number; mimeType: string; text?: string };
    redirectURL: '';
    headersSize: -1;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: 0; wait: number; receive: 0 };
  /** Custom fields (HAR allows `_` names): the URL the console used, through its proxy, and why it failed. */
  _consoleUrl: string;
  _failure?: string;
}

export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    entries: HarEntry[];
  };
}

export interface HarOptions {
  /** Where the console runs, to make its proxy URLs absolute. */
  origin: string;
  creator: { name: string; version: string };
}

/** The exchanges as a HAR 1.2 log, redacted again, with the O2G's own URLs. */
export function toHar(exchanges: readonly O2gExchange[], { origin, creator }: HarOptions): Har {
  return { log: { version: '1.2', creator, entries: exchanges.map((e) => harEntry(e, origin)) } };
}

function harEntry(exchange: O2gExchange, origin: string): HarEntry {
  const safe = redactForExport(exchange);
  const url = upstreamUrl(safe.url, origin);
  const requestMime = safe.requestHeaders['content-type'] ?? 'application/json';
  const responseMime = safe.responseHeaders['content-type'] ?? (safe.responseBody ? 'text/plain' : '');
  const responseSize = byteLength(safe.responseBody);
  return {
    startedDateTime: new Date(safe.startedAt).toISOString(),
    time: safe.durationMs,
    request: {
      method: safe.method,
      url,
      httpVersion: 'HTTP/1.1',
      headers: nameValues(safe.requestHeaders),
      queryString: queryString(url),
      ...(safe.requestBody ? { postData: { mimeType: requestMime, text: safe.requestBody } } : {}),
      cookies: [],
      headersSize: -1,
      bodySize: byteLength(safe.requestBody),
    },
    response: {
      status: safe.status,
      statusText: safe.status === 0 ? '' : (STATUS_TEXTS[safe.status] ?? ''),
      httpVersion: safe.status === 0 ? '' : 'HTTP/1.1',
      headers: nameValues(safe.responseHeaders),
      cookies: [],
      content: {
        size: responseSize,
        mimeType: responseMime,
        ...(safe.responseBody ? { text: safe.responseBody } : {}),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: safe.status === 0 ? -1 : responseSize,
    },
    cache: {},
    timings: { send: 0, wait: safe.durationMs, receive: 0 },
    _consoleUrl: new URL(safe.url, origin).href,
    ...(safe.failure ? { _failure: safe.failure } : {}),
  };
}

function nameValues(headers: Record<string, string>): HarNameValue[] {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}

function queryString(url: string): HarNameValue[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function byteLength(text: string | undefined): number {
  return text ? new TextEncoder().encode(text).length : 0;
}

/** The reason phrases an O2G and its proxy actually send; others are left empty, as HAR allows. */
const STATUS_TEXTS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  206: 'Partial Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
