import type { WadlOperation } from '../wadl';
import { actAs, COMMON_STATUSES } from './define';
import type { CatalogueOperation, CatalogueService, OperationParam } from './types';

/** Where an operation of the explorer comes from. */
export type OperationSource = 'both' | 'catalogue' | 'wadl';

/** An operation as the explorer shows it: the catalogue's knowledge, and whether the O2G declares it. */
export interface ExplorerOperation extends CatalogueOperation {
  source: OperationSource;
}

/** A service of the session with the operations the explorer offers for it. */
export interface ExplorerService {
  serviceName: string;
  relativeUrl: string;
  operations: ExplorerOperation[];
}

/** What the explorer shows: the services, and whether the O2G's WADL took part. */
export interface ExplorerCatalogue {
  services: ExplorerService[];
  /** `wadl`: joined with the O2G's WADL; `built-in`: the O2G has none, only the console's catalogue. */
  basis: 'wadl' | 'built-in';
}

/**
 * The key two descriptions of one operation share: method and path, whatever the template names,
 * slashes doubled or trailing, and however the PBX object path is cut: the O2G serves
 * `instances/{objectName}/{objectId}/…` as one wildcard, which a WADL may spell as one template or
 * several, so every run of templates after `instances` is one.
 */
export const operationKey = (method: string, path: string) => {
  const templated = path
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '')
    .replace(/\/instances(\/\{\})+$/, '/instances/{}');
  return `${method.toUpperCase()} ${templated}`;
};

function wadlParam(param: WadlOperation['params'][number]): OperationParam {
  if (param.style === 'query' && param.name === 'loginName') return actAs;
  return { name: param.name, in: param.style === 'template' ? 'path' : 'query', required: param.required };
}

function wadlOnly(operation: WadlOperation, serviceName: string): ExplorerOperation {
  return {
    id: `wadl.${operation.method}.${operation.path}`,
    service: serviceName,
    method: (['GET', 'POST', 'PUT', 'DELETE'].includes(operation.method)
      ? operation.method
      : 'GET') as ExplorerOperation['method'],
    path: operation.path,
    summary: operation.id ?? `${operation.method} ${operation.path}`,
    callers: ['user', 'admin'],
    params: operation.params.map(wadlParam),
    returns: 'Not described by the console: see the answer.',
    statuses: COMMON_STATUSES,
    source: 'wadl',
  };
}

/** The session service a path belongs to: the one with the longest `relativeUrl` that prefixes it. */
function ownerOf(path: string, services: readonly { serviceName: string; relativeUrl: string }[]) {
  let best: { serviceName: string; relativeUrl: string } | undefined;
  for (const candidate of services) {
    const base = candidate.relativeUrl.replace(/\/+$/, '');
    const under = path === base || path.startsWith(`${base}/`);
    if (under && (!best || base.length > best.relativeUrl.length)) best = candidate;
  }
  return best;
}

/**
 * The explorer's operations for one session: for each service the session lists, the catalogue's
 * operations and, when the O2G serves a WADL, every WADL operation the catalogue lacks (with its
 * parameters and a raw body). Query parameters the WADL adds to a known operation are kept too.
 * Without a WADL the catalogue alone is shown, and `basis` says so.
 */
export function joinCatalogue(
  catalogue: readonly CatalogueService[],
  sessionServices: readonly { serviceName: string; relativeUrl: string }[],
  wadl: readonly WadlOperation[] | undefined,
): ExplorerCatalogue {
  const declared = new Map(
    (wadl ?? []).map((operation) => [operationKey(operation.method, operation.path), operation]),
  );
  const matched = new Set<string>();
  // Services every session has without listing them (the session itself) come after the listed ones.
  const listed = [
    ...sessionServices,
    ...catalogue.filter(
      (entry) => entry.implicit && !sessionServices.some((s) => s.serviceName === entry.serviceName),
    ),
  ];
  const services: ExplorerService[] = listed.map(({ serviceName, relativeUrl }) => {
    const known = catalogue.find((entry) => entry.serviceName === serviceName);
    const operations = (known?.operations ?? []).map((operation): ExplorerOperation => {
      const key = operationKey(operation.method, operation.path);
      const fromWadl = declared.get(key);
      if (!wadl) return { ...operation, source: 'catalogue' };
      if (!fromWadl) return { ...operation, source: 'catalogue' };
      matched.add(key);
      const extra = fromWadl.params
        .filter((param) => param.style === 'query' && !operation.params.some((p) => p.name === param.name))
        .map(wadlParam);
      return { ...operation, params: [...operation.params, ...extra], source: 'both' };
    });
    return { serviceName, relativeUrl, operations };
  });
  for (const [key, operation] of declared) {
    if (matched.has(key)) continue;
    const owner = ownerOf(operation.path, listed);
    const service = owner && services.find((entry) => entry.serviceName === owner.serviceName);
    if (service) service.operations.push(wadlOnly(operation, service.serviceName));
    else {
      const other = services.find((entry) => entry.serviceName === OTHER) ?? {
        serviceName: OTHER,
        relativeUrl: '',
        operations: [],
      };
      if (!services.includes(other)) services.push(other);
      other.operations.push(wadlOnly(operation, OTHER));
    }
  }
  return { services, basis: wadl ? 'wadl' : 'built-in' };
}

/** Where WADL operations no session service claims are listed. */
export const OTHER = 'Other operations';
