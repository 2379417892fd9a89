import type { Call, Leg, Participant, TelephonicState, TelephonyEvent } from '../../../o2g/contract';

// How one telephony event changes a user's TelephonicState in the cache. Pure, so the query cache (the
// only store of call state) is updated the same way in the console and in the tests.

function mergeById<T>(list: readonly T[], changed: readonly T[], id: (item: T) => string): T[] {
  const byId = new Map(changed.map((item) => [id(item), item]));
  const kept = list.map((item) => byId.get(id(item)) ?? item);
  const known = new Set(list.map(id));
  return [...kept, ...changed.filter((item) => !known.has(id(item)))];
}

const legId = (leg: Leg) => leg.deviceId;
const participantId = (participant: Participant) => participant.participantId;

function upsertCall(calls: readonly Call[], call: Call): Call[] {
  return calls.some((c) => c.callRef === call.callRef)
    ? calls.map((c) => (c.callRef === call.callRef ? call : c))
    : [...calls, call];
}

/** The user's state after the event; the state unchanged (same object) when the event changes nothing. */
export function applyTelephonyEvent(state: TelephonicState, event: TelephonyEvent): TelephonicState {
  switch (event.eventName) {
    case 'OnCallCreated': {
      const { callRef, callData, legs, participants } = event;
      return { ...state, calls: upsertCall(state.calls, { callRef, callData, legs, participants }) };
    }
    case 'OnCallModified': {
      // The call goes on under another callRef (transfer, merge): this one is over for the user, whatever
      // order the two calls' events come in.
      if (event.replacedByCallRef) {
        if (!state.calls.some((call) => call.callRef === event.callRef)) return state;
        return { ...state, calls: state.calls.filter((call) => call.callRef !== event.callRef) };
      }
      // A transfer or merge replaces a call: the previous one is gone without an OnCallRemoved.
      const calls = event.previousCallRef
        ? state.calls.filter((call) => call.callRef !== event.previousCallRef)
        : state.calls;
      const before = calls.find((call) => call.callRef === event.callRef) ?? {
        callRef: event.callRef,
        legs: [],
        participants: [],
      };
      const removedLegs = new Set(event.removedLegs.map(legId));
      const removedParticipants = new Set(event.removedParticipantIds);
      const legs = mergeById(before.legs, [...event.modifiedLegs, ...event.addedLegs], legId).filter(
        (leg) => !removedLegs.has(leg.deviceId),
      );
      const participants = mergeById(
        before.participants,
        [...event.modifiedParticipants, ...event.addedParticipants],
        participantId,
      ).filter((participant) => !removedParticipants.has(participant.participantId));
      const after: Call = { ...before, callData: event.callData ?? before.callData, legs, participants };
      return { ...state, calls: upsertCall(calls, after) };
    }
    case 'OnCallRemoved':
      if (!state.calls.some((call) => call.callRef === event.callRef)) return state;
      return { ...state, calls: state.calls.filter((call) => call.callRef !== event.callRef) };
    case 'OnUserStateModified':
      return { ...state, userState: event.state };
    case 'OnDeviceStateModified': {
      const deviceStates = mergeById(
        state.deviceStates?.deviceStates ?? [],
        event.deviceStates,
        (d) => d.deviceId,
      );
      return { ...state, deviceStates: { deviceStates } };
    }
    case 'OnTelephonyState':
      // The snapshot leaves device states out: keep the ones we know.
      return { ...event.state, deviceStates: state.deviceStates };
  }
}
