import { z } from 'zod';
import type { SubscriptionAnswer } from '../../../src/o2g/contract';
import { eventChannelOf } from '../events/event-channel';
import { POLLING_PATH, pollingUrl } from '../events/polling-url';
import { webHookDeliveryOf } from '../events/webhook-delivery';
import { checkWebHookUrl } from '../events/webhook-policy';
import { simSubscriptionRequestSchema } from '../model/subscriptions';
import { SimError } from '../model/sim-error';
import { sendNoContent, sendO2g } from '../http/o2g-json';
import { parseBody } from '../http/parse-request';
import { inSession, openRoute } from '../http/route-options';
import { commit } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';
import type { SimApp } from '../http/zod-routes';

const SUBSCRIPTIONS = `${O2G_PATHS.apiBase}/subscriptions`;
const pollingQuery = z.object({ subscriptionId: z.string().min(1) });
const subscriptionParams = z.object({ subscriptionId: z.string() });

/**
 * Subscriptions and the event channel. The channel is authenticated by the subscriptionId alone: SDKs
 * open it without their cookie jar. SDKs POST an empty body; a browser GET works too.
 */
export function subscriptionsRoutes(app: SimApp): void {
  // The channel must listen from the start: events between a subscription and the opening of its stream are kept.
  eventChannelOf(app.sim.world);
  webHookDeliveryOf(app.sim.world);

  app.post(SUBSCRIPTIONS, inSession(), (request, reply) => {
    const session = request.o2gSession;
    const body = parseBody(simSubscriptionRequestSchema, request.body);
    // Checked before anything is created: a refused URL leaves no subscription behind.
    if (body.webHookUrl !== undefined) checkWebHookUrl(body.webHookUrl, request.server.sim.webHookHosts);
    const subscription = commit(request, request.server.sim.world.subscriptions.create(session, body));
    const url = pollingUrl(request, subscription.subscriptionId);
    const answer: SubscriptionAnswer = {
      subscriptionId: subscription.subscriptionId,
      publicPollingUrl: url,
      privatePollingUrl: url,
      status: 'ACCEPTED',
      mode: subscription.webHookUrl === undefined ? 'CHUNK' : 'WEBHOOK',
      format: 'JSON',
    };
    return sendO2g(reply, answer);
  });

  app.delete(`${SUBSCRIPTIONS}/:subscriptionId`, inSession({ params: subscriptionParams }), (request, reply) => {
    const { subscriptions } = request.server.sim.world;
    commit(request, subscriptions.delete(request.o2gSession, request.params.subscriptionId));
    return sendNoContent(reply);
  });

  for (const method of ['POST', 'GET'] as const) {
    app.route({
      ...openRoute({ query: pollingQuery }),
      method,
      url: POLLING_PATH,
      handler: (request, reply) => {
        const { world, eventChannel } = request.server.sim;
        const subscription = world.subscriptions.get(request.query.subscriptionId);
        if (subscription.webHookUrl !== undefined)
          throw new SimError(
            'conflict',
            'This subscription delivers its events to its web hook, not on a stream',
          );
        // From here on the response is a long-lived stream written by the channel, not a Fastify reply.
        reply.hijack();
        eventChannelOf(world).open(subscription, reply.raw, eventChannel, request.server.sim);
      },
    });
  }
}
