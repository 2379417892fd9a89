import { z } from 'zod';
import type { ExplorerCatalogue, ExplorerOperation } from './join';
import { pathParamNames } from './operation-url';

type Json = Record<string, unknown>;

// A body schema becomes a component of its own; its `$defs` (recursive parts such as a directory
// criterion) become sibling components, since `#/$defs/…` would point at the document's root.
function liftSchema(name: string, schema: z.ZodType, components: Record<string, unknown>): string {
  const raw = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Json;
  const { $schema: _dialect, $defs, ...root } = raw;
  const refOf = (target: string) =>
    target === '#'
      ? `#/components/schemas/${name}`
      : target.replace(/^#\/\$defs\//, `#/components/schemas/${name}_`);
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === '$ref' && typeof inner === 'string' ? refOf(inner) : rewrite(inner),
      ]),
    );
  };
  components[name] = rewrite(root);
  for (const [def, value] of Object.entries(($defs ?? {}) as Json))
    components[`${name}_${def}`] = rewrite(value);
  return `#/components/schemas/${name}`;
}

const operationId = (operation: ExplorerOperation) => operation.id.replace(/[^A-Za-z0-9_.-]/g, '_');

function parametersOf(operation: ExplorerOperation) {
  const seen = new Set<string>();
  const path = pathParamNames(operation.path).map((name) => ({ name, in: 'path' }));
  const query = operation.params
    .filter((param) => param.in === 'query')
    .map((param) => ({ name: param.name, in: 'query' }));
  return [...path, ...query].flatMap(({ name, in: where }) => {
    if (seen.has(`${where} ${name}`)) return [];
    seen.add(`${where} ${name}`);
    const param = operation.params.find((candidate) => candidate.name === name && candidate.in === where);
    return [
      {
        name,
        in: where,
        required: where === 'path' || Boolean(param?.required),
        schema: param?.options ? { type: 'string', enum: [...param.options] } : { type: 'string' },
        ...(param?.description && { description: param.description }),
        ...(param?.example && { example: param.example }),
      },
    ];
  });
}

/**
 * The session's catalogue as an OpenAPI 3.1 document: the joined operations' paths (WADL-only ones
 * included), their parameters, request bodies from the contract's zod schemas (JSON Schema 2020-12,
 * as OpenAPI 3.1 takes it) with the lab's example, and their statuses. The O2G authenticates by the
 * `AlcUserId` cookie, declared as an API-key scheme; no credential is written.
 */
export function openApiDocument(catalogue: ExplorerCatalogue, title: string, baseUrl: string) {
  const schemas: Record<string, unknown> = {};
  const named = new Map<z.ZodType, string>();
  const paths: Record<string, Record<string, unknown>> = {};
  const usedIds = new Set<string>();
  for (const service of catalogue.services) {
    for (const operation of service.operations) {
      let id = operationId(operation);
      while (usedIds.has(id)) id = `${id}_`;
      usedIds.add(id);
      let requestBody: unknown;
      if (operation.body) {
        const ref =
          named.get(operation.body) ?? liftSchema(`${id.replace(/\./g, '_')}_body`, operation.body, schemas);
        named.set(operation.body, ref);
        requestBody = {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: ref },
              ...(operation.example !== undefined && { example: operation.example }),
            },
          },
        };
      } else if (operation.source === 'wadl' && ['POST', 'PUT'].includes(operation.method)) {
        requestBody = { content: { 'application/json': { schema: {} } } };
      }
      const responses = Object.fromEntries(
        Object.entries(operation.statuses).map(([status, description]) => [status, { description }]),
      );
      (paths[operation.path] ??= {})[operation.method.toLowerCase()] = {
        operationId: id,
        tags: [service.serviceName],
        summary: operation.summary,
        description: `${operation.returns} Callers: ${operation.callers.join(', ')}.`,
        parameters: parametersOf(operation),
        ...(requestBody !== undefined && { requestBody }),
        responses,
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title,
      version: '1.0',
      description: 'O2G REST operations, exported from the O2G Console’s service explorer.',
    },
    servers: [{ url: baseUrl.replace(/\/+$/, '') }],
    tags: catalogue.services.map((service) => ({ name: service.serviceName })),
    security: [{ AlcUserId: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: { AlcUserId: { type: 'apiKey', in: 'cookie', name: 'AlcUserId' } },
    },
  };
}
