import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseQuery } from './parse-request';

/**
 * What a route declares about itself for the WADL: the zod object its query is parsed with. The
 * same schema validates the request, so the published parameters cannot drift from the accepted ones.
 */
export interface O2gRouteConfig {
  query?: z.ZodObject;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    o2g?: O2gRouteConfig;
  }
}

/** Route options that declare the query schema: `app.get(url, withQuery(schema), handler)`. */
export function withQuery(query: z.ZodObject): { config: { o2g: O2gRouteConfig } } {
  return { config: { o2g: { query } } };
}

const declaredShape = (config: unknown) =>
  (config as { o2g?: O2gRouteConfig } | undefined)?.o2g?.query?.shape;

/** The query parameter names a route declared, in declaration order. */
export function declaredQueryNames(config: unknown): string[] {
  return Object.keys(declaredShape(config) ?? {});
}

/**
 * Fails unless the request's route declared every parameter of `schema` with the very same zod
 * schema. Shared helpers (the administrator's `loginName`) read the query on behalf of many routes;
 * the check turns a route that forgot to declare what its helper reads into a failure of every test
 * that reaches it, instead of a parameter silently missing from the WADL.
 */
export function assertDeclaredQuery(request: FastifyRequest, schema: z.ZodObject): void {
  const declared = declaredShape(request.routeOptions.config) ?? {};
  const missing = Object.entries(schema.shape)
    .filter(([name, param]) => declared[name] !== param)
    .map(([name]) => name);
  if (missing.length > 0) {
    const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
    throw new Error(`${route} reads the query parameter(s) ${missing.join(', ')} without declaring them`);
  }
}

/** A query read by a shared helper: checked as declared by the route, then parsed (400 when malformed). */
export function declaredQuery<S extends z.ZodObject>(request: FastifyRequest, schema: S): z.infer<S> {
  assertDeclaredQuery(request, schema);
  return parseQuery(schema, request.query);
}
