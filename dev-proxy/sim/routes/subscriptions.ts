import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { subscriptionRequestSchema, type SubscriptionAnswer } from '../../../src/o2g/contract';
import { eventChannelOf } from '../events/event-channel';
import { POLLING_PATH, pollingUrl } from '../events/polling-url';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody, parseQuery } from '../http/parse-request';
import { commit, requireSession } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';

const SUBSCRIPTIONS = `${O2G_PATHS.apiBase}/subscriptions`;
const pollingQuery = z.object({ subscriptionId: z.string().min(1) });

/**
 * Subscriptions and the event channel. The channel is authenticated by the subscriptionId alone: SDKs
 * open it without their cookie jar. SDKs POST an empty body; a browser GET works too.
 */
export function subscriptionsRoutes(app: FastifyInstance): void {
  // The channel must listen from the start: events between a subscription and the opening of its stream are kept.
  eventChannelOf(app.sim.world);

  app.post(SUBSCRIPTIONS, (request, reply) => {
    const session = requireSession(request);
    const body = parseBody(subscriptionRequestSchema, request.body);
    const subscription = commit(request, request.server.sim.world.subscriptions.create(session, body));
    const url = pollingUrl(request, subscription.subscriptionId);
    const answer: SubscriptionAnswer = {
      subscriptionId: subscription.subscriptionId,
      publicPollingUrl: url,
      privatePollingUrl: url,
      status: 'ACCEPTED',
      mode: 'CHUNK',
      format: 'JSON',
    };
    return sendO2g(reply, answer);
  });

  app.delete(`${SUBSCRIPTIONS}/:subscriptionId`, (request, reply) => {
    const session = requireSession(request);
    const { subscriptionId } = request.params as { subscriptionId: string };
    commit(request, request.server.sim.world.subscriptions.delete(session, subscriptionId));
    return sendNoContent(reply);
  });

  const openChannel = (request: FastifyRequest, reply: FastifyReply) => {
    const { subscriptionId } = parseQuery(pollingQuery, request.query);
    const { world, eventChannel } = request.server.sim;
    const subscription = world.subscriptions.get(subscriptionId);
    // From here on the response is a long-lived stream written by the channel, not a Fastify reply.
    reply.hijack();
    eventChannelOf(world).open(subscription, reply.raw, eventChannel, request.server.sim);
  };
  app.post(POLLING_PATH, openChannel);
  app.get(POLLING_PATH, openChannel);
}
