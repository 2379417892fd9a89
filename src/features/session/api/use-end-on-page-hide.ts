import { useEffect } from 'react';
import { closeSessionOnUnload } from '../../../o2g/session';
import { useO2gClient } from '../../../lib/o2g-client-context';

/** Closing (or reloading) the tab ends the O2G session too, best effort. */
export function useEndOnPageHide() {
  const client = useO2gClient();
  useEffect(() => {
    const onPageHide = () => {
      const session = client.session.get();
      if (session) closeSessionOnUnload(session);
    };
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, [client]);
}
