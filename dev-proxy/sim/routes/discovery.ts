import type { FastifyInstance } from 'fastify';
import { O2G_API_VERSION, type DiscoveryAnswer } from '../../../src/o2g/contract';
import { sendO2g } from '../http/o2g-json';
import { o2gUrls } from '../http/o2g-urls';
import { O2G_PATHS } from '../http/sim-context';

/** `GET /api/rest`: where every client starts, without authentication. */
export function discoveryRoutes(app: FastifyInstance): void {
  app.get(O2G_PATHS.restRoot, (request, reply) => {
    const { product } = request.server.sim.world.lab;
    const { authenticate } = o2gUrls(request);
    const answer: DiscoveryAnswer = {
      serverInfo: product,
      // One CURRENT 1.0 entry: SDKs pick by id or by CURRENT, the Python sample takes the first.
      versions: [
        { id: O2G_API_VERSION, status: 'CURRENT', publicUrl: authenticate, internalUrl: authenticate },
      ],
      custoFeatures: [],
    };
    // The seed's real discovery answer shows "haMode": false, so this false is kept.
    return sendO2g(reply, answer, { keepFalse: ['haMode'] });
  });
}
