import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CarriedValue } from '../../../o2g/catalogue';
import type { ExplorerAnswer } from '../model/answer';

// The explorer's memory for the session lives in the query cache, which signing out clears: never in
// web storage, and gone with the session it belongs to.
const keys = {
  answers: ['explorer', 'answers'] as const,
  carried: ['explorer', 'carried'] as const,
};

const HISTORY_LIMIT = 50;
const CARRIED_LIMIT = 40;

function useSessionValue<T>(key: readonly string[], initial: T): T {
  // The key names the value alone: `initial` only seeds an empty cache entry, it is not an input.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const { data } = useQuery({
    queryKey: key,
    queryFn: () => initial,
    initialData: initial,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return data ?? initial;
}

/** Every answer of the session, newest first. */
export function useExplorerHistory(): ExplorerAnswer[] {
  return useSessionValue<ExplorerAnswer[]>(keys.answers, []);
}

/** The identifiers answers carried, newest first. */
export function useCarriedValues(): CarriedValue[] {
  return useSessionValue<CarriedValue[]>(keys.carried, []);
}

/** Records an answer: into the history, and its identifiers into the carried values. */
export function useRecordAnswer(): (answer: ExplorerAnswer) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (answer) => {
      queryClient.setQueryData<ExplorerAnswer[]>(keys.answers, (previous = []) =>
        [answer, ...previous].slice(0, HISTORY_LIMIT),
      );
      queryClient.setQueryData<CarriedValue[]>(keys.carried, (previous = []) => {
        const fresh = answer.carried;
        const older = previous.filter(
          (old) => !fresh.some((v) => v.kind === old.kind && v.value === old.value),
        );
        return [...fresh, ...older].slice(0, CARRIED_LIMIT);
      });
    },
    [queryClient],
  );
}
