import type { preValidationHookHandler } from 'fastify';
import type { z } from 'zod';
import { resolveActedOn, resolveSession } from './acting-user';
import type { O2gRouteConfig } from './route-query';
import { loginQuery } from './service-access';

/** What a route validates before its handler runs: path parameters and query, as zod objects. */
export interface RouteParts<P extends z.ZodObject | undefined, Q extends z.ZodObject | undefined> {
  params?: P;
  query?: Q;
}

type NoPart = Record<never, never>;
type SchemaOf<P, Q> = (P extends z.ZodObject ? { params: P } : NoPart) &
  (Q extends z.ZodObject ? { querystring: Q } : NoPart);

export interface O2gRouteOptions<P, Q> {
  schema: SchemaOf<P, Q>;
  config: { o2g: O2gRouteConfig };
  preValidation?: preValidationHookHandler;
}

function routeOptions<P extends z.ZodObject | undefined, Q extends z.ZodObject | undefined>(
  { params, query }: RouteParts<P, Q>,
  declared: z.ZodObject | undefined,
  preValidation?: preValidationHookHandler,
): O2gRouteOptions<P, Q> {
  // Fastify warns about a schema part present but undefined: give only the parts there are.
  const schema = { ...(params && { params }), ...(query && { querystring: query }) } as SchemaOf<P, Q>;
  return { schema, config: { o2g: { query: declared } }, ...(preValidation && { preValidation }) };
}

/** A route anyone may call (discovery, authentication, the event channel): typed, nothing resolved. */
export function openRoute<P extends z.ZodObject | undefined = undefined, Q extends z.ZodObject | undefined = undefined>(
  parts: RouteParts<P, Q> = {},
) {
  return routeOptions(parts, parts.query);
}

/**
 * A route behind the session: `request.o2gSession` is resolved first. `actsForLogin` declares the
 * administrator's `loginName` for routes that find their user themselves (by the device they name).
 */
export function inSession<P extends z.ZodObject | undefined = undefined, Q extends z.ZodObject | undefined = undefined>(
  parts: RouteParts<P, Q> & { actsForLogin?: boolean } = {},
) {
  return routeOptions(parts, parts.query ?? (parts.actsForLogin ? loginQuery : undefined), resolveSession);
}

/**
 * A per-user route: `request.o2gSession` and `request.actedOn` (the session's user, or the one an
 * administrator names with `?loginName=`) are resolved first. Its query shares `loginNameParam`; without
 * one, `loginQuery` is declared for the WADL but not validated, as `targetUser` reads it only for an
 * administrator.
 */
export function actingOnUser<P extends z.ZodObject | undefined = undefined, Q extends z.ZodObject | undefined = undefined>(
  parts: RouteParts<P, Q> = {},
) {
  return routeOptions(parts, parts.query ?? loginQuery, resolveActedOn);
}
