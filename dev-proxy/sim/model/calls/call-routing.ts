import type { CallStore } from './call-store';
import type { Destination } from './call-types';
import { resolveDestination } from './dial-plan';
import type { CallCause } from './telephony-events';
import { destinationBusy } from './telephony-errors';

// Where the OXE sends a call offered to a user: do-not-disturb refuses it, an immediate forward sends it
// on, an out-of-service set cannot take it, a busy one forwards or overflows on busy or fails with BUSY,
// a free one rings. The no-answer part (after the ring timeout) is `noAnswerRoute`.

/** A user's routing as the call model reads it (the routing book's shape, restated to keep calls apart). */
export interface CallRouting {
  dnd: boolean;
  forward?: {
    kind: 'IMMEDIATE' | 'BUSY' | 'NO_ANSWER' | 'BUSY_NO_ANSWER';
    destination: { type: 'NUMBER'; number: string } | { type: 'VOICEMAIL' };
  };
  overflow?: { kind: 'BUSY' | 'NO_ANSWER' | 'BUSY_NO_ANSWER' };
}

export type PhoneDestination = Extract<Destination, { kind: 'user' | 'loopback' }>;
export type FailCause = Extract<CallCause, 'BUSY' | 'DO_NOT_DISTURB' | 'DESTINATION_NOT_OBTAINABLE'>;

/**
 * What becomes of a call offered to a destination. `forwarders` are the users whose forward sent it on,
 * in order; they never ring, but the call shows in their communication log.
 */
export type Delivery =
  | { kind: 'ring'; destination: PhoneDestination; forwarders: string[] }
  /** To the voicemail server; with a mailbox owner the caller leaves a message there. */
  | { kind: 'voicemail'; mailboxLoginName?: string; forwarders: string[] }
  /** `calleeLoginName` is absent when no one in particular was called (a hunting group with no free member). */
  | { kind: 'fail'; cause: FailCause; calleeLoginName?: string; forwarders: string[] };

const onBusy = (kind: string | undefined) => kind === 'BUSY' || kind === 'BUSY_NO_ANSWER';
const onNoAnswer = (kind: string | undefined) => kind === 'NO_ANSWER' || kind === 'BUSY_NO_ANSWER';

/**
 * Where a call from `fromLoginName` (undefined: from outside) to `destination` goes now. Calling oneself
 * is refused as before (a client mistake); everything else is a delivery, possibly a failed one.
 */
export function planDelivery(
  store: CallStore,
  fromLoginName: string | undefined,
  destination: Destination,
): Delivery {
  if (isPhone(destination) && destination.loginName === fromLoginName)
    throw destinationBusy(destination.number);
  return plan(store, fromLoginName, destination, [], true);
}

export const isPhone = (destination: Destination): destination is PhoneDestination =>
  destination.kind === 'user' || destination.kind === 'loopback';

/**
 * A call to a pilot rings the first logged-on member who could take it (free, in service, no DND; the
 * members' own forwards do not apply to group calls); none: the caller hears busy.
 */
function huntMember(
  store: CallStore,
  from: string | undefined,
  pilot: string,
  forwarders: string[],
): Delivery {
  for (const loginName of store.huntingGroups.loggedOnMembers(pilot)) {
    if (loginName === from) continue;
    const user = store.directory.user(loginName);
    const free =
      !store.routingOf(loginName).dnd &&
      !store.behaviour(loginName).outOfService &&
      !store.isEngaged(loginName);
    if (user && free) {
      const deviceId = user.devices[0]?.id ?? user.companyPhone;
      return {
        kind: 'ring',
        destination: { kind: 'user', loginName, deviceId, number: user.companyPhone },
        forwarders,
      };
    }
  }
  return { kind: 'fail', cause: 'BUSY', forwarders };
}

function plan(
  store: CallStore,
  from: string | undefined,
  destination: Destination,
  forwarders: string[],
  followForward: boolean,
): Delivery {
  if (destination.kind === 'voicemail') return { kind: 'voicemail', forwarders };
  if (destination.kind === 'pilot') return huntMember(store, from, destination.number, forwarders);
  const callee = destination.loginName;
  const routing = store.routingOf(callee);
  const fail = (cause: FailCause): Delivery => ({ kind: 'fail', cause, calleeLoginName: callee, forwarders });
  if (routing.dnd) return fail('DO_NOT_DISTURB');
  const forward = followForward ? routing.forward : undefined;
  if (forward?.kind === 'IMMEDIATE') return follow(store, from, destination, forwarders, forward.destination);
  if (store.behaviour(callee).outOfService) return fail('DESTINATION_NOT_OBTAINABLE');
  if (store.isEngaged(callee)) {
    if (forward && onBusy(forward.kind))
      return follow(store, from, destination, forwarders, forward.destination);
    if (onBusy(routing.overflow?.kind) && hasMailbox(store, callee))
      return { kind: 'voicemail', mailboxLoginName: callee, forwarders };
    return fail('BUSY');
  }
  return { kind: 'ring', destination, forwarders };
}

/** Follows one forward of the user at `from`; a forward back to the caller or round a loop is ignored. */
function follow(
  store: CallStore,
  caller: string | undefined,
  forwarding: PhoneDestination,
  forwarders: string[],
  to: NonNullable<CallRouting['forward']>['destination'],
): Delivery {
  const chain = [...forwarders, forwarding.loginName];
  if (to.type === 'VOICEMAIL')
    return { kind: 'voicemail', mailboxLoginName: forwarding.loginName, forwarders: chain };
  let target: Destination;
  try {
    target = resolveDestination(to.number, store.lab, store.directory);
  } catch {
    // A forward to a number outside the dial plan: the OXE cannot reach it.
    return {
      kind: 'fail',
      cause: 'DESTINATION_NOT_OBTAINABLE',
      calleeLoginName: forwarding.loginName,
      forwarders,
    };
  }
  if (isPhone(target) && (target.loginName === caller || chain.includes(target.loginName)))
    return plan(store, caller, forwarding, forwarders, false);
  return plan(store, caller, target, chain, true);
}

/**
 * What the ring timeout does to a call ringing at a user: forward on no answer, overflow to voicemail on
 * no answer, or (the lab's default for a user with a mailbox) voicemail. Undefined: it keeps ringing.
 */
export function noAnswerRoute(
  store: CallStore,
  callerLoginName: string | undefined,
  ringing: PhoneDestination,
): Delivery | undefined {
  const { forward, overflow } = store.routingOf(ringing.loginName);
  if (forward && onNoAnswer(forward.kind)) {
    const forwarded = follow(store, callerLoginName, ringing, [], forward.destination);
    // A forward that cannot be followed leaves the call to the overflow rules below.
    if (
      forwarded.kind !== 'fail' &&
      !(forwarded.kind === 'ring' && forwarded.destination.loginName === ringing.loginName)
    )
      return forwarded;
  }
  if ((onNoAnswer(overflow?.kind) || overflow === undefined) && hasMailbox(store, ringing.loginName))
    return { kind: 'voicemail', mailboxLoginName: ringing.loginName, forwarders: [] };
  return undefined;
}

function hasMailbox(store: CallStore, loginName: string): boolean {
  return store.directory.user(loginName)?.mailbox !== undefined;
}
