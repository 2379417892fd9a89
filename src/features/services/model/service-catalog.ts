/**
 * What the console knows about O2G services, by `serviceName`. The browser lists whatever the session
 * returns; a service missing here is still shown, as an unknown service.
 */
export interface ServiceDescription {
  /** What the service is for, in one sentence a lab user understands. */
  purpose: string;
}

export const SERVICE_CATALOG: Record<string, ServiceDescription> = {
  Logins: { purpose: 'The login names of the O2G users (administrators only).' },
  Users: { purpose: 'Users: names, numbers, devices, voicemail and preferences.' },
  BasicTelephony: { purpose: 'Simple call control: make a call, answer, hang up.' },
  Telephony: { purpose: 'Full call control: calls, hold, transfer, conference, DTMF and more.' },
  Devices: { purpose: 'The phones of a user and their capabilities.' },
  State: { purpose: 'A user\u2019s telephonic state: current calls, device states, user state.' },
  IncomingCallbacks: { purpose: 'Callback requests left for a user.' },
  OutgoingCallbacks: { purpose: 'Callback requests a user left on busy or unanswered calls.' },
  Directory: { purpose: 'Search the OXE phone book (an asynchronous search).' },
  EventSummary: { purpose: 'Counters: new voicemail, missed calls, callback requests.' },
  Routing: { purpose: 'Where calls go: forward, overflow, do not disturb, remote extension.' },
  Comlog: { purpose: 'The communication log: records of past calls.' },
  PhoneSetProgramming: { purpose: 'Program phone sets: keys, PIN, pin locks.' },
  Subscriptions: { purpose: 'Subscribe to O2G events, delivered on a chunked event channel.' },
  Voicemail: { purpose: 'Voice mailboxes and their messages (voicemail on 1999 in a lab).' },
  PbxManagement: { purpose: 'Read and change OXE configuration objects (administrators only).' },
  Analytics: { purpose: 'Call-usage records and incidents of the PBX (administrators only).' },
  Maintenance: { purpose: 'The O2G\u2019s own status: CTI links, licences, PBX nodes.' },
};

export function describeService(serviceName: string): ServiceDescription | undefined {
  return Object.hasOwn(SERVICE_CATALOG, serviceName) ? SERVICE_CATALOG[serviceName] : undefined;
}
