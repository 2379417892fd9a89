import type { FastifyInstance } from 'fastify';
import { authenticationRoutes } from './authentication';
import { discoveryRoutes } from './discovery';
import { sessionsRoutes } from './sessions';

/**
 * Registers the routes of one O2G service on the app. A route file exports one of these; it reads the
 * world through `app.sim` / `request.server.sim`, and holds no logic of its own: parse, run a model
 * command through `commit`, serialize with `sendO2g`.
 */
export type SimRoutes = (app: FastifyInstance) => void;

/** Every O2G service the simulator serves, one file each. Add yours here. */
export const O2G_ROUTES: readonly SimRoutes[] = [discoveryRoutes, authenticationRoutes, sessionsRoutes];
