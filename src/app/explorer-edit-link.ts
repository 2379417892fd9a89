import { useMemo } from 'react';
import { draftState } from '../features/explorer/model/explorer-draft';
import type { EditLink } from '../features/inspector/model/edit-link';
import { useO2gSession } from '../lib/o2g-client-context';
import { CATALOGUE, matchRequest } from '../o2g/catalogue';
import { joinCatalogue } from '../o2g/catalogue/join';
import { paths } from './paths';

const parsedBody = (text: string | undefined): unknown => {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * "Edit and resend" for the Inspector: a request to an operation of this session's catalogue opens that
 * operation in the explorer, its path and query parameters in the link, its (already redacted) body in
 * the navigation state. Requests the catalogue does not describe (signing in, the event channel) get none.
 */
export function useExplorerEditLink(origin: string): EditLink | undefined {
  const session = useO2gSession();
  return useMemo(() => {
    if (!session) return undefined;
    const operations = joinCatalogue(CATALOGUE, session.info.services, undefined).services.flatMap(
      (service) => service.operations,
    );
    return (exchange) => {
      const found = matchRequest(operations, session.baseUrl, exchange.method, exchange.url, origin);
      if (!found) return undefined;
      const { operation, params } = found;
      const query = new URLSearchParams(params).toString();
      const body = operation.body ? parsedBody(exchange.requestBody) : undefined;
      return {
        to: `${paths.explorer.href(operation.service, operation.id)}${query ? `?${query}` : ''}`,
        state: body === undefined ? undefined : draftState({ operationId: operation.id, body }),
      };
    };
  }, [session, origin]);
}
