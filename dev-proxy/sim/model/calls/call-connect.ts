import type { LabUser } from '../../labs/load-lab';
import type { CallStore, ChangeSet } from './call-store';
import { moved, rosterOf } from './call-store';
import type { CallParty, Destination, SimCall } from './call-types';
import { externalIdentity, pilotIdentity, userIdentity, voicemailIdentity } from './dial-plan';

// How parties join a call: the helpers every command shares. None of them checks anything the caller
// has not already checked; they only change the call they are given.

/** How the dialled destination is presented to the caller (also the call's `initialCalled`). */
export function destinationIdentity(store: CallStore, destination: Destination) {
  if (destination.kind === 'voicemail') return voicemailIdentity(store.lab.voicemail.accessNumber);
  if (destination.kind === 'loopback') return externalIdentity(destination.number);
  if (destination.kind === 'pilot') return pilotIdentity(destination.number);
  return userIdentity(labUser(store, destination.loginName));
}

export function labUser(store: CallStore, loginName: string): LabUser {
  const user = store.directory.user(loginName);
  if (!user) throw new Error(`no lab user ${loginName}`);
  return user;
}

/** Adds a party and its roster entry. */
export function addParty(call: SimCall, party: CallParty, answered = false): void {
  call.parties.push(party);
  call.roster.push({
    role: party.role === 'caller' ? 'CALLER' : 'CALLEE',
    kind: party.kind,
    ...(party.loginName !== undefined && { loginName: party.loginName }),
    identity: party.identity,
    answered,
    reason: 'NORMAL',
  });
}

/** Replaces a party by its next state, or removes it when it left. */
export function replaceParty(call: SimCall, party: CallParty, next: CallParty | undefined): void {
  call.parties = next
    ? call.parties.map((p) => (p === party ? next : p))
    : call.parties.filter((p) => p !== party);
}

export function markAnswered(call: SimCall, ...parties: CallParty[]): void {
  for (const party of parties) {
    const entry = rosterOf(call, party);
    if (entry) entry.answered = true;
  }
}

/** The voicemail server answering, as a party. */
export function voicemailParty(store: CallStore): CallParty {
  const { accessNumber } = store.lab.voicemail;
  return {
    participantId: accessNumber,
    kind: 'voicemail',
    role: 'callee',
    identity: voicemailIdentity(accessNumber),
    state: 'ACTIVE',
  };
}

/** The party a user destination rings. */
export function ringingParty(
  destination: Extract<Destination, { kind: 'user' | 'loopback' }>,
  identity = externalIdentity(destination.number),
): CallParty {
  return {
    participantId: identity.id.phoneNumber ?? destination.number,
    kind: 'user',
    role: 'callee',
    loginName: destination.loginName,
    deviceId: destination.deviceId,
    identity,
    state: 'RINGING_INCOMING',
  };
}

/**
 * Dials the destination for the parties already in the call (checked reachable beforehand): the
 * voicemail server answers at once, a phone starts ringing.
 */
export function dial(
  store: CallStore,
  changes: ChangeSet,
  call: SimCall,
  destination: Exclude<Destination, { kind: 'pilot' }>,
): void {
  const waiting = call.parties.filter((p) => p.state === 'DIALING' || p.state === 'ACTIVE');
  if (destination.kind === 'voicemail') {
    const server = voicemailParty(store);
    for (const party of waiting)
      replaceParty(call, party, party.state === 'DIALING' ? moved(party, 'remoteAnswered') : party);
    addParty(call, server, true);
    markAnswered(call, ...call.parties);
    call.answeredAt ??= changes.at;
    return;
  }
  for (const party of waiting)
    replaceParty(call, party, moved(party, party.state === 'DIALING' ? 'remoteRinging' : 'rerouted'));
  addParty(call, ringingParty(destination, destinationIdentity(store, destination)));
  call.ringingSince = changes.at;
}
