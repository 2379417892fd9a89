import { useState } from 'react';
import {
  experimental_streamedQuery as streamedQuery,
  isCancelledError,
  skipToken,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { DirectorySearchRequest, DirectorySearchResult, PartyInfo } from '../../../o2g/contract';
import type { DirectoryTarget } from '../../../o2g/directory';
import { searchDirectory } from '../../../o2g/directory';
import { useO2gClient } from '../../../lib/o2g-client-context';

/** One search a person started: whose directory, what for, and which run (the same search may run again). */
export interface DirectorySearch {
  target: DirectoryTarget;
  request: DirectorySearchRequest;
  run: number;
}

export const directoryKeys = {
  all: ['directory'] as const,
  search: (search: DirectorySearch | null) =>
    [
      ...directoryKeys.all,
      search?.target.baseUrl,
      search?.target.loginName,
      search?.request,
      search?.run,
    ] as const,
};

export interface SearchProgress {
  polls: number;
  /** `NOK` (still searching), `OK` (a batch came), `FINISH` or `TIMEOUT`. */
  resultCode?: string;
  contacts: PartyInfo[];
}

function progressOf(pages: DirectorySearchResult[]): SearchProgress {
  return {
    polls: pages.length,
    resultCode: pages.at(-1)?.resultCode,
    contacts: pages.flatMap((page) => page.resultElements.flatMap((element) => element.contacts)),
  };
}

/**
 * Directory's asynchronous search as a streamed query: each poll's answer is appended to the query's
 * data as it comes, so the panel shows progress while the search runs. `cancel` stops it (the search
 * frees the O2G's context itself) and keeps what was found so far; leaving the page stops it too.
 */
export function useDirectorySearch() {
  const { http } = useO2gClient();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState<DirectorySearch | null>(null);
  const queryKey = directoryKeys.search(search);
  const query = useQuery({
    queryKey,
    queryFn: search
      ? streamedQuery({
          streamFn: ({ signal }) => searchDirectory(http, search.target, search.request, { signal }),
        })
      : skipToken,
    // A search is run by the person, not refreshed behind their back.
    staleTime: Infinity,
    retry: false,
    meta: { errorShownInPlace: true },
  });

  const start = (target: DirectoryTarget, request: DirectorySearchRequest) =>
    setSearch((previous) => ({ target, request, run: (previous?.run ?? 0) + 1 }));
  // Not reverted: the contacts found before the cancel stay on screen.
  const cancel = () => void queryClient.cancelQueries({ queryKey, exact: true }, { revert: false });

  const cancelled = isCancelledError(query.error);
  return {
    start,
    cancel,
    started: search !== null,
    running: query.fetchStatus === 'fetching',
    finished: query.isSuccess && query.fetchStatus === 'idle',
    cancelled,
    error: query.isError && !cancelled ? query.error : null,
    progress: progressOf(query.data ?? []),
  };
}

export type DirectorySearchState = ReturnType<typeof useDirectorySearch>;
