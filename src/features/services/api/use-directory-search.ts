import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DirectorySearchRequest, PartyInfo } from '../../../o2g/contract';
import { directorySearchResultSchema } from '../../../o2g/contract';
import { useO2gClient } from '../../../lib/o2g-client-context';

/** The SDK samples wait half a second between polls. */
const POLL_INTERVAL_MS = 500;
/** A search context is dropped by the O2G after a minute unused; stop well before polling for ever. */
const MAX_POLLS = 60;

export interface SearchProgress {
  polls: number;
  /** `NOK` (still searching), `OK` (a batch came), `FINISH` or `TIMEOUT`. */
  resultCode?: string;
  contacts: PartyInfo[];
}

export interface SearchOutcome extends SearchProgress {
  durationMs: number;
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('The search was cancelled', 'AbortError'));
    });
  });

/**
 * Directory's asynchronous search: `POST {url}` starts it (201), then `GET {url}` is polled, each answer
 * holding only the new batch, until `FINISH` or `TIMEOUT`. Progress is reported after every poll;
 * `cancel` stops polling and frees the O2G's search context (`DELETE {url}`).
 */
export function useDirectorySearch() {
  const client = useO2gClient();
  const [progress, setProgress] = useState<SearchProgress>();
  const [cancelled, setCancelled] = useState(false);
  const running = useRef<{ controller: AbortController; url: string } | null>(null);

  const search = useMutation({
    mutationFn: async ({
      url,
      body,
    }: {
      url: string;
      body: DirectorySearchRequest;
    }): Promise<SearchOutcome> => {
      const controller = new AbortController();
      running.current = { controller, url };
      const { signal } = controller;
      const startedAt = performance.now();
      setProgress({ polls: 0, contacts: [] });
      setCancelled(false);
      await client.http.request('POST', url, undefined, { json: body, signal });
      let contacts: PartyInfo[] = [];
      for (let polls = 1; polls <= MAX_POLLS; polls += 1) {
        const { data } = await client.http.request('GET', url, directorySearchResultSchema, { signal });
        contacts = [...contacts, ...data.resultElements.flatMap((element) => element.contacts)];
        setProgress({ polls, resultCode: data.resultCode, contacts });
        if (data.resultCode === 'FINISH' || data.resultCode === 'TIMEOUT') {
          running.current = null;
          return {
            polls,
            resultCode: data.resultCode,
            contacts,
            durationMs: Math.round(performance.now() - startedAt),
          };
        }
        await wait(POLL_INTERVAL_MS, signal);
      }
      throw new Error(
        `The search had not finished after ${MAX_POLLS} polls; cancel it and try a narrower filter.`,
      );
    },
  });

  const cancel = useCallback(() => {
    const current = running.current;
    running.current = null;
    if (!current) return;
    setCancelled(true);
    current.controller.abort();
    // Best effort: the O2G frees an unused context after a minute anyway.
    void client.http.request('DELETE', current.url, undefined).catch(() => undefined);
  }, [client]);

  // Leaving the page stops the polling.
  useEffect(() => () => running.current?.controller.abort(), []);

  return { search, progress, cancel, cancelled };
}
