import { describe, expect, it } from 'vitest';
import { loadLab, type LabUser } from '../../labs/load-lab';
import { ManualClock } from '../clock';
import type { RouteDestination } from './routing-book';
import { RoutingBook } from './routing-book';
import { SimError } from '../sim-error';

function captureError(act: () => unknown): SimError | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof SimError) return error;
    throw error;
  }
  return undefined;
}

const lab = loadLab();
const labUser = (loginName: string): LabUser => {
  const user = lab.users.find((u) => u.loginName === loginName);
  if (!user) throw new Error(loginName);
  return user;
};

describe('routing', () => {
  it.each<[string, string, RouteDestination, number | undefined, string | undefined]>([
    ['an internal number', 'oxe2001', { type: 'NUMBER', number: '2003' }, undefined, undefined],
    ['an external number', 'oxe2003', { type: 'NUMBER', number: '+33 390671234' }, undefined, undefined],
    ['the own mailbox', 'oxe2001', { type: 'VOICEMAIL' }, undefined, undefined],
    ['a malformed number', 'oxe2001', { type: 'NUMBER', number: '20x3' }, 400, 'BAD_PHONE_NUMBER_FORMAT'],
    ['the own extension', 'oxe2001', { type: 'NUMBER', number: '2001' }, 400, 'INVALID_FORWARD_ROUTE'],
    ['a mailbox the user lacks', 'oxe2003', { type: 'VOICEMAIL' }, 403, 'INVALID_FORWARD_ROUTE'],
  ])(
    'forwards to %s (or refuses it, changing nothing)',
    (_what, loginName, destination, status, errorCause) => {
      const routing = new RoutingBook(lab, new ManualClock());
      const forward = () => routing.setForward(labUser(loginName), 'BUSY', destination);
      if (status === undefined) {
        expect(forward().events).toMatchObject([
          {
            type: 'routingStateChanged',
            loginName,
            routingState: { forwardRoutes: [{ forwardType: 'BUSY', destinations: [destination] }] },
          },
        ]);
      } else {
        const error = captureError(forward);
        expect(error?.status).toBe(status);
        expect(error?.details.routing?.errorCause).toBe(errorCause);
        expect(routing.stateOf(loginName).forwardRoutes).toEqual([]);
      }
    },
  );

  it('shows an immediate forward without forwardType, DND and an overflow, and cancels them', () => {
    const routing = new RoutingBook(lab, new ManualClock());
    const alice = labUser('oxe2001');
    routing.setForward(alice, 'IMMEDIATE', { type: 'VOICEMAIL' });
    routing.setDnd(alice, true);
    routing.setOverflow(alice, 'NO_ANSWER');
    expect(routing.stateOf('oxe2001')).toEqual({
      presentationRoutes: [],
      forwardRoutes: [{ forwardType: undefined, destinations: [{ type: 'VOICEMAIL' }] }],
      overflowRoutes: [{ overflowType: 'NO_ANSWER', destinations: [{ type: 'VOICEMAIL' }] }],
      dndState: { activate: true },
    });
    routing.cancelForward(alice);
    routing.cancelOverflow(alice);
    routing.setDnd(alice, false);
    expect(routing.routingOf('oxe2001')).toEqual({ dnd: false });
    expect(() => routing.setOverflow(labUser('oxe2004'), 'BUSY')).toThrow(
      expect.objectContaining({ status: 403 }),
    );
  });
});
