import { useCallback } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { ExplorerPage } from '../../features/explorer/components/explorer-page';
import { draftOf } from '../../features/explorer/model/explorer-draft';
import type { ExplorerHref } from '../../features/explorer/model/explorer-links';
import { ACT_AS_PARAM } from '../../lib/use-act-as';
import { useO2gSession } from '../../lib/o2g-client-context';
import { paths } from '../paths';

export function Component() {
  const { serviceName, operationId } = useParams();
  const [search] = useSearchParams();
  const session = useO2gSession();
  const draft = draftOf(useLocation().state);
  const actAs = search.get(ACT_AS_PARAM);
  // Links keep the "Act as" pick and nothing else: another operation starts from its own examples.
  const href = useCallback<ExplorerHref>(
    (service, operation, params = {}) => {
      const query = new URLSearchParams(params);
      if (actAs) query.set(ACT_AS_PARAM, actAs);
      const text = query.toString();
      return `${paths.explorer.href(service, operation)}${text ? `?${text}` : ''}`;
    },
    [actAs],
  );
  if (!session) return null;
  return (
    <ExplorerPage
      baseUrl={session.baseUrl}
      services={session.info.services}
      admin={session.info.admin}
      sessionLogin={session.loginName}
      serviceName={serviceName}
      operationId={operationId}
      href={href}
      draft={draft}
    />
  );
}
