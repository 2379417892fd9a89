import type { FastifyInstance } from 'fastify';
import { eventChannelOf } from '../events/event-channel';
import { CONTROL_PREFIX, sendControlJson } from './control-paths';

/**
 * The event channel, driven from tests and demos: drop every open stream while keeping the
 * subscriptions, as a network hiccup or an O2G restart of its event port would. Events published until
 * a client reopens its polling URL are kept for it.
 */
export function eventControlRoutes(app: FastifyInstance): void {
  app.post(`${CONTROL_PREFIX}/events/drop`, (request, reply) => {
    const dropped = eventChannelOf(request.server.sim.world).dropAll();
    return sendControlJson(reply, { dropped });
  });
}
