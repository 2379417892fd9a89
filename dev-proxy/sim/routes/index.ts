import type { SimApp } from '../http/zod-routes';
import { authenticationRoutes } from './authentication';
import { discoveryRoutes } from './discovery';
import { sessionsRoutes } from './sessions';
import { basicTelephonyRoutes } from './basic-telephony';
import { subscriptionsRoutes } from './subscriptions';
import { telephonyCallsRoutes } from './telephony-calls';
import { telephonyStateRoutes } from './telephony-state';
import { messagingRoutes } from './messaging';
import { eventSummaryRoutes } from './event-summary';
import { usersRoutes } from './users';
import { routingRoutes } from './routing';
import { comlogRoutes } from './comlog';
import { directoryRoutes } from './directory';
import { maintenanceRoutes } from './maintenance';
import { pbxManagementRoutes } from './pbx-management';
import { analyticsRoutes } from './analytics';
import { phoneSetProgrammingRoutes } from './phone-set-programming';
import { callbacksRoutes } from './callbacks';
import { telephonyConferenceRoutes } from './telephony-conference';
import { telephonyCallServicesRoutes } from './telephony-call-services';
import { telephonyDevicesRoutes } from './telephony-devices';
import { telephonyGroupsRoutes } from './telephony-groups';
import { wadlRoutes } from './wadl';

/**
 * Registers the routes of one O2G service on the app. A route file exports one of these; it reads the
 * world through `app.sim` / `request.server.sim`, and holds no logic of its own: parse, run a model
 * command through `commit`, serialize with `sendO2g`.
 */
export type SimRoutes = (app: SimApp) => void;

/** Every O2G service the simulator serves, one file each. Add yours here. */
export const O2G_ROUTES: readonly SimRoutes[] = [
  discoveryRoutes,
  authenticationRoutes,
  sessionsRoutes,
  subscriptionsRoutes,
  basicTelephonyRoutes,
  telephonyCallsRoutes,
  telephonyStateRoutes,
  messagingRoutes,
  eventSummaryRoutes,
  usersRoutes,
  routingRoutes,
  comlogRoutes,
  directoryRoutes,
  maintenanceRoutes,
  pbxManagementRoutes,
  analyticsRoutes,
  phoneSetProgrammingRoutes,
  callbacksRoutes,
  telephonyConferenceRoutes,
  telephonyCallServicesRoutes,
  telephonyDevicesRoutes,
  telephonyGroupsRoutes,
  wadlRoutes,
];
