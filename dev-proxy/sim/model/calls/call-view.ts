import type {
  Call,
  DeviceCapabilities,
  Leg,
  Participant,
  TelephonicState,
} from '../../../../src/o2g/contract';
import type { LabUser } from '../../labs/load-lab';
import { canDo } from './call-transitions';
import type { CallParty, CallSnapshot } from './call-types';
import type { Telephony } from './telephony';

// A call as one user sees it over O2G: its own legs, the other parties, and what it may do now.
// Capabilities come from the transition table, so they can never offer a move the model refuses.

/** Leg capabilities: what the user may do with its own leg in this state. */
export function legCapabilities(party: CallParty): Record<string, boolean> {
  const { state } = party;
  return {
    answer: canDo(state, 'answer'),
    drop: state !== 'RINGING_INCOMING' && canDo(state, 'release'),
    hold: canDo(state, 'hold'),
    reconnect: state === 'HELD',
    retrieve: canDo(state, 'retrieve'),
    sendDtmf: canDo(state, 'sendDtmf'),
  };
}

/** A two-party call between people (no voicemail server): the only kind the model merges. */
const isPersonToPerson = (call: CallSnapshot) =>
  call.parties.length === 2 && call.parties.every((p) => p.kind !== 'voicemail');

/**
 * Merge needs a partner call: the user is active in one two-party call and holds the other (either
 * side of the pair offers it), as the model's merge requires.
 */
export function hasMergePartner(
  call: CallSnapshot,
  loginName: string,
  calls: readonly CallSnapshot[],
): boolean {
  const own = call.parties.find((p) => p.loginName === loginName);
  if (!own || (own.state !== 'ACTIVE' && own.state !== 'HELD') || !isPersonToPerson(call)) return false;
  const wanted = own.state === 'ACTIVE' ? 'HELD' : 'ACTIVE';
  return calls.some(
    (other) =>
      other.callRef !== call.callRef &&
      isPersonToPerson(other) &&
      other.parties.some((p) => p.loginName === loginName && p.state === wanted),
  );
}

/**
 * Call capabilities for the user whose leg is in this state. The lab's OXE has no recorder, so the
 * recording ones stay off; merge is offered only with a partner call (`mergeable`).
 */
export function callCapabilities(
  party: CallParty,
  call?: CallSnapshot,
  mergeable = false,
): Record<string, boolean> {
  const { state } = party;
  const persons = call?.parties.filter((p) => p.kind !== 'voicemail').length ?? 2;
  const ringingOut = state === 'RINGING_OUTGOING';
  return {
    redirect: canDo(state, 'redirect'),
    pickedUp: state === 'RINGING_INCOMING',
    transfer: state === 'ACTIVE' || state === 'HELD',
    merge: mergeable,
    blindTransfer: canDo(state, 'blindTransfer'),
    dropMe: state !== 'RINGING_INCOMING' && canDo(state, 'release'),
    terminate: canDo(state, 'release'),
    park: canDo(state, 'park') && persons === 2,
    callBack: ringingOut,
    overflowToVoiceMail: ringingOut,
    dropParticipant: state === 'ACTIVE' && persons > 2,
  };
}

export function legOf(party: CallParty): Leg {
  return {
    deviceId: party.deviceId ?? party.participantId,
    state: party.state,
    ...(party.state === 'RINGING_OUTGOING' && { ringingRemote: true }),
    capabilities: legCapabilities(party),
  };
}

export function participantOf(party: CallParty): Participant {
  return { participantId: party.participantId, identity: party.identity, state: party.state };
}

/**
 * The call as `loginName` sees it, or undefined when that user is not in it. `userCalls` are the
 * user's calls now, for the capabilities that depend on another call (merge).
 */
export function callViewFor(
  snapshot: CallSnapshot,
  loginName: string,
  userCalls: readonly CallSnapshot[] = [],
): Call | undefined {
  const mine = snapshot.parties.filter((p) => p.loginName === loginName);
  const own = mine[0];
  if (!own) return undefined;
  return {
    callRef: snapshot.callRef,
    callData: {
      initialCalled: snapshot.initialCalled,
      ...(snapshot.lastRedirecting && { lastRedirecting: snapshot.lastRedirecting }),
      state: own.state,
      tags: [],
      capabilities: callCapabilities(own, snapshot, hasMergePartner(snapshot, loginName, userCalls)),
      ...(snapshot.associatedData !== undefined && { hexaBinaryAssociatedData: snapshot.associatedData }),
      ...(snapshot.accountInfo !== undefined && { accountInfo: snapshot.accountInfo }),
    },
    legs: mine.map(legOf),
    participants: snapshot.parties.filter((p) => p.loginName !== loginName).map(participantOf),
  };
}

/** What each of the user's devices may start: nothing while out of service. */
export function deviceCapabilitiesOf(user: LabUser, telephony: Telephony): DeviceCapabilities[] {
  const inService = telephony.deviceState(user.loginName) === 'IN_SERVICE';
  return user.devices.map((device) => ({
    deviceId: device.id,
    makeCall: inService,
    makeBusinessCall: inService,
    unParkCall: inService,
  }));
}

/** `GET …/telephony/state`: calls, device capabilities, user state and the nested device states. */
export function telephonicStateOf(user: LabUser, telephony: Telephony): Required<TelephonicState> {
  const state = telephony.deviceState(user.loginName);
  const calls = telephony.calls(user.loginName);
  return {
    calls: calls.flatMap((snapshot) => callViewFor(snapshot, user.loginName, calls) ?? []),
    deviceCapabilities: deviceCapabilitiesOf(user, telephony),
    userState: telephony.userState(user.loginName),
    deviceStates: { deviceStates: user.devices.map((device) => ({ deviceId: device.id, state })) },
  };
}
