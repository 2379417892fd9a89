import type { ExplorerCatalogue, ExplorerOperation } from './join';
import { pathParamNames } from './operation-url';

/** The schema URL that names a Postman collection v2.1 document. */
const POSTMAN_SCHEMA_V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

// Postman spells path parameters `:name`; its variables are `{{name}}`.
const postmanPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

function requestOf(operation: ExplorerOperation) {
  const path = postmanPath(operation.path);
  const query = operation.params
    .filter((param) => param.in === 'query')
    .map((param) => ({
      key: param.name,
      value: param.example ?? '',
      // Optional parameters travel only when the person ticks them.
      disabled: !param.required,
      ...(param.description && { description: param.description }),
    }));
  const variable = pathParamNames(operation.path).map((name) => {
    const param = operation.params.find((candidate) => candidate.in === 'path' && candidate.name === name);
    return {
      key: name,
      value: param?.example ?? '',
      ...(param?.description && { description: param.description }),
    };
  });
  const enabled = query.filter((entry) => !entry.disabled);
  const search = enabled.map((entry) => `${entry.key}=${entry.value}`).join('&');
  const body = operation.body !== undefined || operation.example !== undefined;
  return {
    method: operation.method,
    header: [
      { key: 'Accept', value: 'application/json' },
      // The O2G authenticates a request by this cookie; the collection variable is left empty.
      { key: 'Cookie', value: 'AlcUserId={{credential}}' },
      ...(body ? [{ key: 'Content-Type', value: 'application/json' }] : []),
    ],
    url: {
      raw: `{{baseUrl}}${path}${search ? `?${search}` : ''}`,
      host: ['{{baseUrl}}'],
      path: path.split('/').filter((segment) => segment !== ''),
      ...(query.length > 0 && { query }),
      ...(variable.length > 0 && { variable }),
    },
    ...(body && {
      body: {
        mode: 'raw',
        raw: JSON.stringify(operation.example ?? {}, null, 2),
        options: { raw: { language: 'json' } },
      },
    }),
    description: `${operation.returns}\n\nCallers: ${operation.callers.join(', ')}.`,
  };
}

/**
 * The session's catalogue as a Postman collection v2.1: one folder per service, one request per
 * operation with the lab's example body, path variables and (disabled unless required) query
 * parameters. `baseUrl` is the O2G's own base URL; `credential` is declared but always left empty,
 * for the person to fill in Postman: the console never writes a real credential into a file.
 */
export function postmanCollection(catalogue: ExplorerCatalogue, name: string, baseUrl: string) {
  return {
    info: {
      name,
      description: 'O2G REST operations, exported from the O2G Console’s service explorer.',
      schema: POSTMAN_SCHEMA_V21,
    },
    item: catalogue.services
      .filter((service) => service.operations.length > 0)
      .map((service) => ({
        name: service.serviceName,
        item: service.operations.map((operation) => ({
          name: operation.summary,
          request: requestOf(operation),
        })),
      })),
    variable: [
      { key: 'baseUrl', value: baseUrl.replace(/\/+$/, ''), type: 'string' },
      { key: 'credential', value: '', type: 'string' },
    ],
  };
}
