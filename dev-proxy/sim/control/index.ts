import type { SimRoutes } from '../routes';
import { eventControlRoutes } from './event-controls';
import { labControlRoutes } from './lab-controls';
import { telephonyControlRoutes } from './telephony-controls';
import { systemControlRoutes } from './system-controls';

export { installFaultInjection } from './faults';
export { installControlGuard } from './cross-site-guard';
export { CONTROL_PREFIX } from './control-paths';

/**
 * The test-only lab controls, under `/__sim`. The server registers them only when started with
 * `--controls`; without it, these paths are unknown (404), as on a real O2G.
 */
export const CONTROL_ROUTES: readonly SimRoutes[] = [
  labControlRoutes,
  telephonyControlRoutes,
  eventControlRoutes,
  systemControlRoutes,
];
