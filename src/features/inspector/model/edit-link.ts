import type { O2gExchange } from '../../../o2g/http';

/**
 * Where a request can be edited and sent again (the explorer, which the app composes in): a route and
 * the navigation state that carries what a link must not (the body). Undefined when no operation fits.
 */
export type EditLink = (exchange: O2gExchange) => { to: string; state?: unknown } | undefined;
