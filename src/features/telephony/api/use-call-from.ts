import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The login an administrator acts as, in the page URL (`?loginName=`): the same parameter the service
 * pages use, so the pick is shared between them and survives a reload. It holds no secret.
 */
export const ACT_AS_PARAM = 'loginName';

export function useCallFrom(): [string | undefined, (loginName: string | null) => void] {
  const [search, setSearch] = useSearchParams();
  const loginName = search.get(ACT_AS_PARAM) || undefined;
  const set = useCallback(
    (next: string | null) =>
      setSearch(
        (previous) => {
          const params = new URLSearchParams(previous);
          if (next) params.set(ACT_AS_PARAM, next);
          else params.delete(ACT_AS_PARAM);
          return params;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return [loginName, set];
}
