import type { FastifyInstance } from 'fastify';
import { CONTROL_PREFIX } from '../control/control-paths';
import { declaredQueryNames } from '../http/route-query';
import { O2G_PATHS } from '../http/sim-context';

/** One operation of an O2G service as the app registered it. */
export interface ServiceRoute {
  method: string;
  /** Path under the API base, Fastify syntax (`telephony/calls/:callRef`, `pbxs/:nodeId/instances/*`). */
  path: string;
  query: string[];
}

/** The WADL's own path: it describes the services, not itself (as Jersey leaves itself out). */
export const WADL_PATH = `${O2G_PATHS.apiBase}/application.wadl`;
const BASE = `${O2G_PATHS.apiBase}/`;

/** Whether a registered route is a service operation: under the API base, not a lab control, not HEAD. */
export function isServiceRoute(method: string, url: string): boolean {
  return method !== 'HEAD' && url.startsWith(BASE) && !url.startsWith(CONTROL_PREFIX) && url !== WADL_PATH;
}

// Keyed by the app's SimContext: every encapsulated scope of one app shares it, unlike the instance.
const tables = new WeakMap<object, ServiceRoute[]>();

/**
 * Records every service route the app registers from now on (call it before the routes are
 * registered, after `sim` is decorated). The WADL is built from this table, so it lists what the app really serves.
 */
export function collectServiceRoutes(app: FastifyInstance): void {
  const table: ServiceRoute[] = [];
  tables.set(app.sim, table);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (!isServiceRoute(method, route.url)) continue;
      table.push({ method, path: route.url.slice(BASE.length), query: declaredQueryNames(route.config) });
    }
  });
}

/** The service routes recorded for an app (empty when none were collected). */
export function serviceRoutesOf(app: FastifyInstance): readonly ServiceRoute[] {
  return tables.get(app.sim) ?? [];
}
