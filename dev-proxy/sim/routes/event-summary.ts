import { sendO2g } from '../http/o2g-json';
import { userServices } from '../http/service-access';
import { actingOnUser } from '../http/route-options';
import { O2G_PATHS } from '../http/sim-context';
import type { SimApp } from '../http/zod-routes';

/** The EventSummary service: the user's counters (missed calls, new voice messages, callback requests…). */
export function eventSummaryRoutes(app: SimApp): void {
  app.get(`${O2G_PATHS.apiBase}/eventSummary`, actingOnUser(), (request, reply) => {
    const user = request.actedOn;
    return sendO2g(reply, userServices(request).eventSummary(user.loginName));
  });
}
