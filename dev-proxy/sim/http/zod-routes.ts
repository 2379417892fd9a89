import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifySchemaCompiler,
  FastifyTypeProvider,
  RawServerDefault,
} from 'fastify';
import type { z } from 'zod';
import { SimError } from '../model/sim-error';
import { describeIssues } from './parse-request';

/**
 * Fastify's type provider for zod: a route whose schema declares `params` or `querystring` as zod
 * objects gets `request.params` / `request.query` typed as what those schemas output.
 */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

/** The app a route file registers on: zod-typed routes. */
export type SimApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

// The words the handlers used when they parsed by hand (a path parameter now says it is one).
const PREFIX: Record<string, string> = {
  params: 'Invalid path parameters',
  querystring: 'Invalid query parameters',
  body: 'Invalid request body',
};

/**
 * Validates a route's zod schemas, and refuses as O2G does: the failure is a SimError, so the app's
 * one error handler writes it like any other (400, O2G's error body).
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  const prefix = PREFIX[httpPart ?? ''] ?? 'Invalid request';
  return (data: unknown) => {
    const parsed = schema.safeParse(data ?? {});
    if (parsed.success) return { value: parsed.data };
    return { error: new SimError('badRequest', `${prefix}: ${describeIssues(parsed.error)}`) };
  };
};
