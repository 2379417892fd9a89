import type { z } from 'zod';

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

/** The query parameter names a route declared, in declaration order. */
export function declaredQueryNames(config: unknown): string[] {
  const query = (config as { o2g?: O2gRouteConfig } | undefined)?.o2g?.query;
  return query ? Object.keys(query.shape) : [];
}
