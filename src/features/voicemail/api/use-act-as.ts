import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The login an administrator acts as, in the page URL (`?loginName=`), the convention the service pages
 * and the telephony panel share: the pick follows from section to section and survives a reload.
 */
export function useActAs(): [string | undefined, (loginName: string | null) => void] {
  const [search, setSearch] = useSearchParams();
  const loginName = search.get('loginName') || undefined;
  const set = useCallback(
    (next: string | null) =>
      setSearch(
        (previous) => {
          const params = new URLSearchParams(previous);
          if (next) params.set('loginName', next);
          else params.delete('loginName');
          return params;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return [loginName, set];
}
