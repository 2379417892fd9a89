import type { ServiceRead } from './read-spec';
import { COMLOG_READS, VOICEMAIL_READS } from './reads/history-reads';
import { LOGINS_READS, PHONE_SET_READS, USERS_READS } from './reads/people-reads';
import { ANALYTICS_READS, MAINTENANCE_READS, PBX_MANAGEMENT_READS } from './reads/system-reads';
import {
  DEVICES_READS,
  EVENT_SUMMARY_READS,
  INCOMING_CALLBACKS_READS,
  ROUTING_READS,
  STATE_READS,
  TELEPHONY_READS,
} from './reads/telephony-reads';

/**
 * What the console knows about O2G services, by `serviceName`. The browser lists whatever the session
 * returns; a service missing here is still shown, as an unknown service.
 */
export interface ServiceDescription {
  /** What the service is for, in one sentence a lab user understands. */
  purpose: string;
  /** The READ requests the page offers to run; writes stay in the free-form request. */
  reads: readonly ServiceRead[];
  /** Said on the page when the service has no read, or works differently. */
  note?: string;
  /** Directory's search is a start-then-poll flow rather than one GET. */
  flow?: 'directory-search';
}

const SERVICE_CATALOG: Record<string, ServiceDescription> = {
  // Open to every session: a user's answer simply holds its own login only.
  Logins: {
    purpose: 'The login names of the O2G users: all of them for an administrator, only your own for a user.',
    reads: LOGINS_READS,
  },
  Users: { purpose: 'Users: names, numbers, devices, voicemail and preferences.', reads: USERS_READS },
  BasicTelephony: {
    purpose: 'Simple call control: make a call, answer, hang up.',
    reads: [],
    note: 'This service only acts (POST basicCall, answer, dropme); it has nothing to read. Try a call with the free-form request below.',
  },
  Telephony: {
    purpose: 'Full call control: calls, hold, transfer, conference, DTMF and more.',
    reads: TELEPHONY_READS,
  },
  Devices: { purpose: 'The phones of a user and their capabilities.', reads: DEVICES_READS },
  State: {
    purpose: 'A user\u2019s telephonic state: current calls, device states, user state.',
    reads: STATE_READS,
  },
  IncomingCallbacks: { purpose: 'Callback requests left for a user.', reads: INCOMING_CALLBACKS_READS },
  OutgoingCallbacks: {
    purpose: 'Callback requests a user left on busy or unanswered calls.',
    reads: [],
    note: 'This service only asks for a callback (POST with a callee); the requests it leaves show up in the other user\u2019s IncomingCallbacks.',
  },
  Directory: {
    purpose: 'Search the OXE phone book (an asynchronous search).',
    reads: [],
    flow: 'directory-search',
  },
  EventSummary: {
    purpose: 'Counters: new voicemail, missed calls, callback requests.',
    reads: EVENT_SUMMARY_READS,
  },
  Routing: {
    purpose: 'Where calls go: forward, overflow, do not disturb, remote extension.',
    reads: ROUTING_READS,
  },
  Comlog: { purpose: 'The communication log: records of past calls.', reads: COMLOG_READS },
  PhoneSetProgramming: { purpose: 'Program phone sets: keys, PIN, pin locks.', reads: PHONE_SET_READS },
  Subscriptions: {
    purpose: 'Subscribe to O2G events, delivered on a chunked event channel.',
    reads: [],
    note: 'Nothing to read here: the Events page uses this service to subscribe and to open the event channel.',
  },
  Voicemail: {
    purpose: 'Voice mailboxes and their messages (voicemail on 1999 in a lab).',
    reads: VOICEMAIL_READS,
  },
  PbxManagement: {
    purpose: 'Read and change OXE configuration objects (administrators only).',
    reads: PBX_MANAGEMENT_READS,
  },
  Analytics: {
    purpose: 'Call-usage records and incidents of the PBX (administrators only).',
    reads: ANALYTICS_READS,
  },
  Maintenance: {
    purpose: 'The O2G\u2019s own status: CTI links, licences, PBX nodes.',
    reads: MAINTENANCE_READS,
  },
};

export function describeService(serviceName: string): ServiceDescription | undefined {
  return Object.hasOwn(SERVICE_CATALOG, serviceName) ? SERVICE_CATALOG[serviceName] : undefined;
}

/** Whether any part of the page needs to know which user an administrator acts as. */
export function needsActAs(description: ServiceDescription | undefined): boolean {
  if (!description) return false;
  if (description.flow === 'directory-search') return true;
  return description.reads.some((read) => read.actsOnUser || read.params.some((param) => param.fromLogin));
}
