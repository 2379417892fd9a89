import { SimError } from './sim-error';

/** How many of a thing (sessions, subscriptions) one login and the whole server may hold. */
export interface Capacity {
  perUser: number;
  total: number;
}

/**
 * Refuses one more session or subscription past its caps, before anything changes. A login at its own
 * cap gets a 403, as for a missing licence: closing one of its sessions lets it in again. A server at
 * its cap gets a 503: it is full for everyone, and O2G says "unavailable" when it cannot serve.
 */
export function checkCapacity(
  what: 'session' | 'subscription',
  loginName: string,
  counts: { ofUser: number; total: number },
  capacity: Capacity,
): void {
  if (counts.ofUser >= capacity.perUser) {
    throw new SimError(
      'forbidden',
      `${loginName} already holds ${capacity.perUser} ${what}s, the most this O2G allows per user; close one first`,
      { innerMessage: `per-user ${what} limit (${capacity.perUser}) reached` },
    );
  }
  if (counts.total >= capacity.total) {
    throw new SimError(
      'serviceUnavailable',
      `This O2G already serves ${capacity.total} ${what}s, its most; try again once some are closed`,
      { innerMessage: `server ${what} limit (${capacity.total}) reached` },
    );
  }
}
