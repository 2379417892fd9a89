import type { DirectorySearchRequest, DirectorySearchResult } from './contract/directory';
import { directorySearchResultSchema } from './contract/directory';
import { underBase } from './base-url';
import { O2gError } from './errors';
import type { O2gHttp } from './http';

/** Whose directory is searched: the session's base URL and, for an administrator, the user it acts for. */
export interface DirectoryTarget {
  baseUrl: string;
  loginName?: string;
}

/** The SDK samples wait half a second between polls. */
const DIRECTORY_POLL_INTERVAL_MS = 500;
/** A search context is dropped by the O2G after a minute unused: stop well before polling for ever. */
const MAX_POLLS = 60;

/**
 * The search context's URL, `{base}/directory/search`: one per session, and per user for an
 * administrator (`?loginName=`).
 */
export function directorySearchUrl(target: DirectoryTarget): string {
  const url = underBase(target.baseUrl, '/directory/search');
  return target.loginName ? `${url}?loginName=${encodeURIComponent(target.loginName)}` : url;
}

export interface DirectorySearchOptions {
  signal?: AbortSignal;
  /** Time between two polls; the default is the SDKs'. */
  pollIntervalMs?: number;
}

/**
 * Directory's asynchronous search: `POST` starts it (201), then `GET` is polled, each answer holding
 * only the batch new since the last poll, until `FINISH` or `TIMEOUT`. Yields every poll's answer as it
 * comes (a `NOK` one holds nothing yet). A search abandoned before its end (aborted, or the loop left
 * early) frees the O2G's search context with `DELETE`, best effort: the O2G drops it after a minute anyway.
 *
 * @throws O2gError when the O2G refuses the search or it has not finished after 60 polls
 */
export async function* searchDirectory(
  http: O2gHttp,
  target: DirectoryTarget,
  request: DirectorySearchRequest,
  { signal, pollIntervalMs = DIRECTORY_POLL_INTERVAL_MS }: DirectorySearchOptions = {},
): AsyncGenerator<DirectorySearchResult, void, undefined> {
  const url = directorySearchUrl(target);
  await http.request('POST', url, undefined, { json: request, signal });
  let finished = false;
  try {
    for (let poll = 1; poll <= MAX_POLLS; poll += 1) {
      const { data } = await http.request('GET', url, directorySearchResultSchema, { signal });
      finished = data.resultCode === 'FINISH' || data.resultCode === 'TIMEOUT';
      yield data;
      if (finished) return;
      await wait(pollIntervalMs, signal);
    }
    throw new O2gError({
      failure: 'server',
      method: 'GET',
      url,
      status: 200,
      detail: `The search had not finished after ${MAX_POLLS} polls; try a narrower filter.`,
    });
  } finally {
    if (!finished) void http.request('DELETE', url, undefined).catch(() => undefined);
  }
}

/** Every contact a search finds, once it has finished. */
export async function findContacts(
  http: O2gHttp,
  target: DirectoryTarget,
  request: DirectorySearchRequest,
  options: DirectorySearchOptions = {},
) {
  const pages = [];
  for await (const page of searchDirectory(http, target, request, options)) pages.push(page);
  return pages.flatMap((page) => page.resultElements.flatMap((element) => element.contacts));
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}
