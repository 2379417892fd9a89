import type { Call, Leg, Participant } from '../../../src/o2g/contract';
import {
  callViewFor,
  deviceCapabilitiesOf,
  hasMergePartner,
  telephonicStateOf,
} from '../model/calls/call-view';
import type { CallSnapshot } from '../model/calls/call-types';
import type { CallChange } from '../model/calls/telephony-events';
import type {} from '../model/calls/hunting-groups';
import type { DomainEvent } from '../model/domain-events';
import type { World } from '../model/world';
import type { EventTranslator, O2gEventLine } from './event-translator';

// The `telephony` package: what each subscribed user sees of calls, of its own FREE/BUSY state and of
// its devices. Field lists follow the O2G capture: OnCallCreated carries the device capabilities,
// OnCallModified lists only what changed, OnCallRemoved carries the cause.

function changedBy<T>(before: readonly T[], after: readonly T[], key: (item: T) => string) {
  const earlier = new Map(before.map((item) => [key(item), item]));
  const later = new Map(after.map((item) => [key(item), item]));
  return {
    added: after.filter((item) => !earlier.has(key(item))),
    removed: before.filter((item) => !later.has(key(item))),
    modified: after.filter((item) => {
      const old = earlier.get(key(item));
      return old !== undefined && JSON.stringify(old) !== JSON.stringify(item);
    }),
  };
}

function callModified(
  change: CallChange,
  loginName: string,
  from: Call,
  to: Call,
  previousCallRef?: string,
): O2gEventLine[] {
  const legs = changedBy<Leg>(from.legs, to.legs, (leg) => leg.deviceId);
  const participants = changedBy<Participant>(from.participants, to.participants, (p) => p.participantId);
  const nothing = [legs, participants].every(
    ({ added, removed, modified }) => added.length + removed.length + modified.length === 0,
  );
  const sameData = JSON.stringify(from.callData) === JSON.stringify(to.callData);
  if (nothing && sameData && previousCallRef === undefined) return [];
  return [
    {
      eventName: 'OnCallModified',
      loginName,
      callRef: change.callRef,
      cause: change.cause,
      previousCallRef,
      callData: to.callData,
      modifiedLegs: legs.modified,
      addedLegs: legs.added,
      removedLegs: legs.removed,
      modifiedParticipants: participants.modified,
      addedParticipants: participants.added,
      removedParticipantIds: participants.removed.map((p) => p.participantId),
      deviceCapabilities: [],
    },
  ];
}

/**
 * A change of one call can offer or withdraw `merge` on the user's other call (the enquiry is answered,
 * the pair is split). A real O2G tells it with an OnCallModified of that other call carrying its new
 * callData and nothing else changed.
 */
function partnerLines(change: CallChange, loginName: string, userCalls: readonly CallSnapshot[]) {
  const earlier = [
    ...userCalls.filter((call) => call.callRef !== change.callRef),
    ...(change.before ? [change.before] : []),
  ];
  return userCalls.flatMap((other): O2gEventLine[] => {
    if (other.callRef === change.callRef) return [];
    if (hasMergePartner(other, loginName, earlier) === hasMergePartner(other, loginName, userCalls))
      return [];
    const view = callViewFor(other, loginName, userCalls);
    if (!view) return [];
    const unchanged = { modifiedLegs: [], addedLegs: [], removedLegs: [] };
    const noParticipants = { modifiedParticipants: [], addedParticipants: [], removedParticipantIds: [] };
    return [
      {
        eventName: 'OnCallModified',
        loginName,
        callRef: other.callRef,
        callData: view.callData,
        ...unchanged,
        ...noParticipants,
        deviceCapabilities: [],
      },
    ];
  });
}

/** The OnCallCreated / OnCallModified / OnCallRemoved a user sees for one change of a call. */
export function callChangeLines(change: CallChange, loginName: string, world: World): O2gEventLine[] {
  const lines = ownCallLines(change, loginName, world);
  return [...lines, ...partnerLines(change, loginName, world.telephony.calls(loginName))];
}

function ownCallLines(change: CallChange, loginName: string, world: World): O2gEventLine[] {
  // Merge depends on the user's other call: both views read it as it is now, so that alone never
  // makes a difference between them.
  const userCalls = world.telephony.calls(loginName);
  const before = change.before && callViewFor(change.before, loginName, userCalls);
  const after = change.after && callViewFor(change.after, loginName, userCalls);
  // A user who was in the call this one replaces (transfer, merge) is told so by previousCallRef.
  const previous = change.previous && callViewFor(change.previous, loginName, userCalls);
  if (after && (before ?? previous))
    return callModified(
      change,
      loginName,
      before ?? previous ?? after,
      after,
      previous && change.previous?.callRef,
    );
  if (after) {
    const user = world.directory.user(loginName);
    return [
      {
        eventName: 'OnCallCreated',
        loginName,
        callRef: change.callRef,
        cause: change.cause,
        callData: after.callData,
        legs: after.legs,
        participants: after.participants,
        deviceCapabilities: user ? deviceCapabilitiesOf(user, world.telephony) : [],
      },
    ];
  }
  if (!before) return [];
  if (change.continuingLogins?.includes(loginName)) {
    // The user carries on in another call (transfer, merge): no OnCallRemoved, but the ended call is
    // modified once more to name the call replacing it, as the SDKs' OnCallModified describes.
    if (change.replacedByCallRef === undefined) return [];
    return [
      {
        eventName: 'OnCallModified',
        loginName,
        callRef: change.callRef,
        cause: change.cause,
        replacedByCallRef: change.replacedByCallRef,
      },
    ];
  }
  return [
    {
      eventName: 'OnCallRemoved',
      loginName,
      callRef: change.callRef,
      cause: change.cause,
      newDestination: change.newDestination,
      deviceCapabilities: [],
    },
  ];
}

function translate(event: DomainEvent, loginName: string, world: World): O2gEventLine[] {
  switch (event.type) {
    case 'callChanged':
      return callChangeLines(event, loginName, world);
    case 'userStateChanged':
      return event.loginName === loginName
        ? [{ eventName: 'OnUserStateModified', loginName, state: event.state }]
        : [];
    case 'deviceStateChanged':
      return event.loginName === loginName
        ? [
            {
              eventName: 'OnDeviceStateModified',
              loginName,
              deviceStates: [{ deviceId: event.deviceId, state: event.state }],
            },
          ]
        : [];
    case 'huntingGroupLogonChanged':
      return event.loginName === loginName
        ? [{ eventName: 'OnDynamicStateChanged', loginName, huntingGroupState: { logon: event.logon } }]
        : [];
    case 'telephonyStateRequested': {
      const user = event.loginName === loginName ? world.directory.user(loginName) : undefined;
      if (!user) return [];
      // The event leaves deviceStates out: its shape in events is unsettled between SDKs.
      const { calls, deviceCapabilities, userState } = telephonicStateOf(user, world.telephony);
      return [{ eventName: 'OnTelephonyState', loginName, state: { calls, deviceCapabilities, userState } }];
    }
    default:
      return [];
  }
}

export const telephonyTranslator: EventTranslator = { package: 'telephony', translate };
