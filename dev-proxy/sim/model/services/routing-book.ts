import type { ForwardRoute, OverflowRoute, RoutingState } from '../../../../src/o2g/contract';
import type { Lab, LabUser } from '../../labs/load-lab';
import type { Clock } from '../clock';
import type { DomainEvent, Outcome } from '../domain-events';
import { SimError } from '../sim-error';

declare module '../domain-events' {
  interface DomainEventMap {
    /** DND, forward, overflow or presentation changed (or a snapshot was asked); carries the new state. */
    routingStateChanged: { loginName: string; routingState: RoutingState };
  }
}

/** Where calls go: a number, or the user's voicemail. */
export type RouteDestination = { type: 'NUMBER'; number: string } | { type: 'VOICEMAIL' };
export type ForwardKind = 'IMMEDIATE' | 'BUSY' | 'NO_ANSWER' | 'BUSY_NO_ANSWER';
export type OverflowKind = 'BUSY' | 'NO_ANSWER' | 'BUSY_NO_ANSWER';

/** One user's routing. Lab users have no mobile device, so they have no presentation route. */
export interface UserRouting {
  dnd: boolean;
  forward?: { kind: ForwardKind; destination: RouteDestination };
  overflow?: { kind: OverflowKind };
}

// The phone number syntax the OXE accepts (Java SDK doc of BAD_PHONE_NUMBER_FORMAT).
const PHONE_NUMBER = /^[+]?[0-9A-D*#() ]{1,49}$/;

const routingError = (
  kind: 'badRequest' | 'forbidden',
  message: string,
  errorType: string,
  errorCause: string,
) => new SimError(kind, message, { routing: { errorType, errorCause, message } });

/** Do Not Disturb, forward and overflow of every lab user. */
export class RoutingBook {
  readonly #byLogin = new Map<string, UserRouting>();
  readonly #mailboxOwners: Set<string>;

  constructor(
    lab: Lab,
    private readonly clock: Clock,
  ) {
    this.#mailboxOwners = new Set(lab.users.filter((u) => u.mailbox).map((u) => u.loginName));
  }

  /** The user's routing as the call model needs it (DND, forward, overflow). */
  routingOf(loginName: string): UserRouting {
    return this.#byLogin.get(loginName) ?? { dnd: false };
  }

  /** The routing state as O2G shows it. An immediate forward has no `forwardType` on the wire. */
  stateOf(loginName: string): RoutingState {
    const routing = this.routingOf(loginName);
    const forwardRoutes: ForwardRoute[] = routing.forward
      ? [
          {
            forwardType: routing.forward.kind === 'IMMEDIATE' ? undefined : routing.forward.kind,
            destinations: [routing.forward.destination],
          },
        ]
      : [];
    const overflowRoutes: OverflowRoute[] = routing.overflow
      ? [{ overflowType: routing.overflow.kind, destinations: [{ type: 'VOICEMAIL' }] }]
      : [];
    return { presentationRoutes: [], forwardRoutes, overflowRoutes, dndState: { activate: routing.dnd } };
  }

  hasVoicemail(loginName: string): boolean {
    return this.#mailboxOwners.has(loginName);
  }

  setDnd(user: LabUser, activate: boolean): Outcome<void> {
    return this.#change(user.loginName, { ...this.routingOf(user.loginName), dnd: activate });
  }

  /** Forwards the user's calls; the destination must be a well-formed number other than the user's own, or a mailbox it has. */
  setForward(user: LabUser, kind: ForwardKind, destination: RouteDestination): Outcome<void> {
    if (destination.type === 'NUMBER') {
      if (!PHONE_NUMBER.test(destination.number)) {
        throw routingError(
          'badRequest',
          `Invalid forward number ${destination.number}`,
          'BAD_PARAMETER_VALUE',
          'BAD_PHONE_NUMBER_FORMAT',
        );
      }
      if (destination.number === user.companyPhone || user.devices.some((d) => d.id === destination.number)) {
        throw routingError(
          'badRequest',
          'A user cannot forward calls to itself',
          'INVALID_OPERATION',
          'INVALID_FORWARD_ROUTE',
        );
      }
    } else if (!this.hasVoicemail(user.loginName)) {
      throw routingError(
        'forbidden',
        `${user.loginName} has no voicemail to forward to`,
        'UNAUTHORIZED',
        'INVALID_FORWARD_ROUTE',
      );
    }
    return this.#change(user.loginName, {
      ...this.routingOf(user.loginName),
      forward: { kind, destination },
    });
  }

  cancelForward(user: LabUser): Outcome<void> {
    const { forward: _cancelled, ...rest } = this.routingOf(user.loginName);
    return this.#change(user.loginName, rest);
  }

  /** Overflows unanswered or busy calls to voicemail; only users with a mailbox may. */
  setOverflow(user: LabUser, kind: OverflowKind): Outcome<void> {
    if (!this.hasVoicemail(user.loginName)) {
      throw routingError(
        'forbidden',
        `${user.loginName} has no voicemail to overflow to`,
        'UNAUTHORIZED',
        'UNAUTHORIZED_OVERFLOW',
      );
    }
    return this.#change(user.loginName, { ...this.routingOf(user.loginName), overflow: { kind } });
  }

  cancelOverflow(user: LabUser): Outcome<void> {
    const { overflow: _cancelled, ...rest } = this.routingOf(user.loginName);
    return this.#change(user.loginName, rest);
  }

  /** Asks for the current state as an event (the routing snapshot). */
  snapshot(user: LabUser): Outcome<void> {
    return { result: undefined, events: [this.#stateEvent(user.loginName)] };
  }

  // Every accepted request reports the state, even when it did not change: clients wait for the event.
  #change(loginName: string, routing: UserRouting): Outcome<void> {
    this.#byLogin.set(loginName, routing);
    return { result: undefined, events: [this.#stateEvent(loginName)] };
  }

  #stateEvent(loginName: string): DomainEvent {
    return {
      type: 'routingStateChanged',
      at: this.clock.now(),
      loginName,
      routingState: this.stateOf(loginName),
    };
  }
}
