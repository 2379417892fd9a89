import type { CarryKind, CatalogueOperation, OperationParam } from './types';

// Small builders so that each service file reads like the API reference it follows.

/** `?loginName=`: the user an administrator acts for; a user session may leave it out (it acts for itself). */
export const actAs: OperationParam = {
  name: 'loginName',
  in: 'query',
  required: false,
  actAs: true,
  carry: 'loginName',
  description: 'The user the request is for; an administrator must name one, a user may leave it empty.',
};

/** A `{name}` segment of the path. */
export function pathParam(
  name: string,
  example?: string,
  carry?: CarryKind,
  description?: string,
): OperationParam {
  return { name, in: 'path', required: true, example, carry, description };
}

/** A query parameter; optional unless said otherwise. */
export function queryParam(
  name: string,
  more: Omit<OperationParam, 'name' | 'in' | 'required'> & { required?: boolean } = {},
): OperationParam {
  return { name, in: 'query', required: false, ...more };
}

/** The statuses every operation can meet, added to each operation's own. */
export const COMMON_STATUSES: Readonly<Record<number, string>> = {
  400: 'The request is malformed or a value is not accepted (the body says which).',
  401: 'No session, or it expired.',
  403: 'This session may not do it (a user acting for another, or a missing licence).',
};

type OperationSpec = Omit<CatalogueOperation, 'service' | 'id' | 'callers' | 'params' | 'statuses'> & {
  callers?: CatalogueOperation['callers'];
  params?: readonly OperationParam[];
  statuses?: Readonly<Record<number, string>>;
};

/** The operations of one service, with ids `<prefix>.<name>` and the common statuses merged in. */
export function operations(
  service: string,
  prefix: string,
  specs: Record<string, OperationSpec>,
): CatalogueOperation[] {
  return Object.entries(specs).map(([name, spec]) => ({
    ...spec,
    id: `${prefix}.${name}`,
    service,
    callers: spec.callers ?? ['user', 'admin'],
    params: spec.params ?? [],
    statuses: { ...(spec.statuses ?? { 200: 'OK' }), ...COMMON_STATUSES },
  }));
}

/** The statuses of an action answered with no body. */
export const NO_CONTENT = { 204: 'Done; no body.' } as const;
