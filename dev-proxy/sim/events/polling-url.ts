import type { FastifyRequest } from 'fastify';
import { publicOrigin } from '../http/o2g-urls';

/** Path of the event channel, as on a real O2G (`/OTEvents?subscriptionId=…`). */
export const POLLING_PATH = '/OTEvents';

/**
 * The polling URL of a subscription. A configured public URL wins; a request that came over HTTPS gets
 * the HTTP listener on the same host (a real O2G answers with its :8014 HTTP port, and the node SDK
 * opens the chunk with a bare fetch that would refuse a self-signed certificate); otherwise the
 * request's own origin.
 */
export function pollingUrl(request: FastifyRequest, subscriptionId: string): string {
  const { publicUrl, eventChannel } = request.server.sim;
  const httpPort = eventChannel.httpPort;
  const origin =
    publicUrl === undefined && request.protocol === 'https' && httpPort !== undefined
      ? `http://${hostOnly(request.host)}:${httpPort}`
      : publicOrigin(request);
  return `${origin}${POLLING_PATH}?subscriptionId=${encodeURIComponent(subscriptionId)}`;
}

/** A Host header without its port; an IPv6 literal keeps its brackets. */
function hostOnly(host: string): string {
  const match = /^(\[[^\]]+\]|[^:]+)(:\d+)?$/.exec(host);
  return match?.[1] ?? host;
}
