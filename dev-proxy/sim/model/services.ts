/**
 * The services a session may use, in the order the lab's O2G lists them for an administrator.
 *
 * Which of them a user session gets is our decision (nothing documents it): users keep every
 * per-user service (telephony, routing, comlog, voicemail, event summary, directory, phone-set
 * programming, users/logins for themselves, subscriptions). They lose the three services that act on
 * the whole system rather than on one user: PbxManagement (the OXE configuration, MANAGEMENT licence),
 * Analytics (charging and incidents of a node) and Maintenance (system status, PBX and licence
 * events), which the SDKs use from administrator sessions only.
 */
export interface ServiceEntry {
  readonly serviceName: string;
  readonly serviceVersion: string;
  readonly relativeUrl: string;
  readonly adminOnly: boolean;
}

const service = (serviceName: string, relativeUrl: string, adminOnly = false): ServiceEntry => ({
  serviceName,
  serviceVersion: '1.0',
  relativeUrl,
  adminOnly,
});

/** The 18 services of the lab, as the seed's administrator session lists them. */
export const SERVICE_CATALOGUE: readonly ServiceEntry[] = [
  service('Logins', '/logins'),
  service('Users', '/users'),
  service('BasicTelephony', '/telephony/basicCall'),
  service('Telephony', '/telephony/calls'),
  service('Devices', '/telephony/devices'),
  service('State', '/telephony/state'),
  service('IncomingCallbacks', '/telephony/incomingCallbacks'),
  service('OutgoingCallbacks', '/telephony/outgoingCallbacks'),
  service('Directory', '/directory'),
  service('EventSummary', '/eventSummary'),
  service('Routing', '/routing'),
  service('Comlog', '/comlog/records'),
  service('PhoneSetProgramming', '/users'),
  service('Subscriptions', '/subscriptions'),
  service('Voicemail', '/messaging/mailboxes'),
  service('PbxManagement', '/pbxs', true),
  service('Analytics', '/usages', true),
  service('Maintenance', '/system', true),
];

/** The services of a session: all of them for an administrator, the per-user ones for a user. */
export function servicesFor(admin: boolean): ServiceEntry[] {
  return SERVICE_CATALOGUE.filter((entry) => admin || !entry.adminOnly);
}
