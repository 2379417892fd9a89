import type { ChannelLine } from '../../../o2g/contract';

// One line in words for an event of the log ("2001 calls 2002", "Call 7 ended (cleared)"). The event is
// read loosely, field by field: the log keeps every line the O2G sends, including ones a newer O2G adds
// or fills differently, and a summary must never throw on them.

type Fields = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const list = (value: unknown): Fields[] =>
  Array.isArray(value)
    ? value.filter((item): item is Fields => typeof item === 'object' && item !== null)
    : [];
const lower = (value: string) => value.toLowerCase().replaceAll('_', ' ');

/** A participant as a person reads it: its number, else its id (a number for internal parties), else its name. */
function partyOf(participant: Fields): string | undefined {
  const identity = (participant.identity ?? {}) as Fields;
  const id = (identity.id ?? {}) as Fields;
  return text(id.phoneNumber) ?? text(participant.participantId) ?? text(identity.displayName);
}

function parties(value: unknown): string | undefined {
  const names = [...new Set(list(value).flatMap((p) => partyOf(p) ?? []))];
  return names.length ? names.join(' and ') : undefined;
}

/** The user's own device in the call (its number), else the login: who "I" am in this event. */
function deviceOf(event: Fields): string {
  const legs = [...list(event.legs), ...list(event.modifiedLegs), ...list(event.addedLegs)];
  return text(legs[0]?.deviceId) ?? text(event.loginName) ?? 'The user';
}

function stateOf(event: Fields): string | undefined {
  const legs = [...list(event.legs), ...list(event.modifiedLegs), ...list(event.addedLegs)];
  const callData = (event.callData ?? {}) as Fields;
  return text(legs[0]?.state) ?? text(callData.state);
}

function callCreated(event: Fields, call: string): string {
  const me = deviceOf(event);
  const callData = (event.callData ?? {}) as Fields;
  const called = partyOf({ identity: callData.initialCalled });
  const others = parties(event.participants);
  if (stateOf(event) === 'RINGING_INCOMING') return `${others ?? 'Someone'} calls ${me}`;
  const target = others ?? called;
  return target ? `${me} calls ${target}` : `${me} starts call ${call}`;
}

function callModified(event: Fields, call: string): string {
  const me = deviceOf(event);
  const cause = text(event.cause);
  const removed = Array.isArray(event.removedParticipantIds)
    ? event.removedParticipantIds.filter((id): id is string => typeof id === 'string')
    : [];
  const replacedBy = text(event.replacedByCallRef);
  if (replacedBy) return `Call ${call} goes on as call ${replacedBy}`;
  if (text(event.previousCallRef)) {
    const everyone = parties([...list(event.addedParticipants), ...list(event.modifiedParticipants)]);
    return cause === 'CONFERENCED'
      ? `${me} in conference${everyone ? ` with ${everyone}` : ''}`
      : `${me} now with ${everyone ?? 'another party'}${cause ? ` (${lower(cause)})` : ''}`;
  }
  if (removed.length) return `${removed.join(' and ')} left call ${call}`;
  const joined = parties(event.addedParticipants);
  if (joined) return `${joined} joined call ${call}`;
  const others = parties(event.modifiedParticipants);
  const state = list(event.modifiedLegs).length || list(event.addedLegs).length ? stateOf(event) : undefined;
  switch (state) {
    case 'ACTIVE':
      return others ? `${me} talking with ${others}` : `${me} in call ${call}`;
    case 'HELD':
      return `${me} put call ${call} on hold`;
    case 'RINGING_OUTGOING':
      return others ? `${others} ringing` : `${me} ringing out`;
    case 'RELEASING':
      return `Call ${call} ending for ${me}`;
    case undefined:
      return `Call ${call} changed`;
    default:
      return `${me}: call ${call} ${lower(state)}`;
  }
}

function callRemoved(event: Fields, call: string): string {
  const cause = text(event.cause);
  const destination = text(event.newDestination);
  const how = [cause && lower(cause), destination && `to ${destination}`].filter(Boolean).join(' ');
  return `Call ${call} ended${how ? ` (${how})` : ''}`;
}

function counters(event: Fields, login: string): string {
  const summary = (event.eventSummary ?? {}) as Fields;
  const count = (field: string) => (typeof summary[field] === 'number' ? summary[field] : 0);
  const parts = [
    [count('voiceMessagesNb'), 'new message', 'new messages'],
    [count('missedCallsNb'), 'missed call', 'missed calls'],
    [count('callBackRequestsNb'), 'callback request', 'callback requests'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return `${login}: ${said.length ? said.join(', ') : 'nothing new'}`;
}

/** The event in a few words, for the log's Summary column and its search. */
export function summarizeEvent(event: ChannelLine): string {
  const fields = event as Fields;
  const login = text(fields.loginName) ?? 'the user';
  const call = text(fields.callRef) ?? '?';
  switch (event.eventName) {
    case 'OnCallCreated':
      return callCreated(fields, call);
    case 'OnCallModified':
      return callModified(fields, call);
    case 'OnCallRemoved':
      return callRemoved(fields, call);
    case 'OnUserStateModified':
      return `${login} is ${lower(text(fields.state) ?? 'unknown')}`;
    case 'OnDeviceStateModified': {
      const devices = list(fields.deviceStates).map(
        (d) => `${text(d.deviceId) ?? '?'} ${lower(text(d.state) ?? 'unknown')}`,
      );
      return `Device ${devices.join(', ') || 'state changed'}`;
    }
    case 'OnTelephonyState': {
      const calls = list(((fields.state ?? {}) as Fields).calls).length;
      return `${login}: ${calls} ${calls === 1 ? 'call' : 'calls'} now`;
    }
    case 'OnEventSummaryUpdated':
      return counters(fields, login);
    case 'OnRoutingStateChanged':
      return `${login}: forwarding or do-not-disturb changed`;
    case 'OnComRecordCreated':
      return `${login}: new call log entry`;
    case 'OnComRecordModified':
      return `${login}: call log entry changed`;
    case 'OnComRecordsDeleted':
      return `${login}: call log entries deleted`;
    case 'OnComRecordsAck':
    case 'OnComRecordsUnAck':
      return `${login}: call log entries marked ${event.eventName === 'OnComRecordsAck' ? 'read' : 'unread'}`;
    case 'OnUserInfoChanged':
      return `${login}: user data changed`;
    case 'OnUserCreated':
      return `User ${login} created`;
    case 'OnUserDeleted':
      return `User ${login} deleted`;
    default:
      // An event no package lists: its name in words ("OnBrandNew" → "Brand new").
      return lower(event.eventName.replace(/^On/, '').replace(/(?<=[a-z])(?=[A-Z])/g, ' ')).replace(
        /^./,
        (first) => first.toUpperCase(),
      );
  }
}
