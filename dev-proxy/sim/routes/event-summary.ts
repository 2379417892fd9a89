import type { FastifyInstance } from 'fastify';
import { sendO2g } from '../http/o2g-json';
import { userServices } from '../http/service-access';
import { requireSession, targetUser } from '../http/session-guard';
import { O2G_PATHS } from '../http/sim-context';
import { withQuery } from '../http/route-query';
import { loginQuery } from '../http/service-access';

/** The EventSummary service: the user's counters (missed calls, new voice messages, callback requests…). */
export function eventSummaryRoutes(app: FastifyInstance): void {
  app.get(`${O2G_PATHS.apiBase}/eventSummary`, withQuery(loginQuery), (request, reply) => {
    const user = targetUser(request, requireSession(request));
    return sendO2g(reply, userServices(request).eventSummary(user.loginName));
  });
}
