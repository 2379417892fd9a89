import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The search parameter holding the login an administrator acts as: shareable, survives a reload, no secret. */
export const ACT_AS_PARAM = 'loginName';

/**
 * The login an administrator's reads act as, kept in the page URL (`?loginName=`) so that every service
 * page sees the same pick and a link or a reload keeps it.
 */
export function useActAs(): [string | undefined, (loginName: string | null) => void] {
  const [search, setSearch] = useSearchParams();
  const actAs = search.get(ACT_AS_PARAM) || undefined;
  const setActAs = useCallback(
    (loginName: string | null) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (loginName) next.set(ACT_AS_PARAM, loginName);
          else next.delete(ACT_AS_PARAM);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return [actAs, setActAs];
}
