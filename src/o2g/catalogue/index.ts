import { COMLOG, EVENT_SUMMARY } from './history';
import { DIRECTORY, SUBSCRIPTIONS, VOICEMAIL } from './messaging';
import { LOGINS, PHONE_SET, USERS } from './people';
import { ROUTING } from './routing';
import { SESSIONS } from './sessions';
import { CALL_SERVICES, CONFERENCE } from './telephony-services';
import { DEVICE_SERVICES, USER_SERVICES } from './telephony-user-services';
import { ANALYTICS, MAINTENANCE, PBX_MANAGEMENT } from './system';
import {
  BASIC_TELEPHONY,
  DEVICES,
  INCOMING_CALLBACKS,
  OUTGOING_CALLBACKS,
  STATE,
  TELEPHONY,
} from './telephony';
import type { CatalogueOperation, CatalogueService } from './types';

export type * from './types';
export { operationUrl, pathParamNames } from './operation-url';
export { carriedValues } from './carry';
export { matchRequest } from './match-request';
export type { MatchedRequest } from './match-request';
export type { CarriedValue } from './carry';

const service = (
  serviceName: string,
  relativeUrl: string,
  operations: readonly CatalogueOperation[],
  implicit?: boolean,
): CatalogueService => ({ serviceName, relativeUrl, operations, ...(implicit && { implicit }) });

/**
 * Every operation the console knows, per service, in the order an O2G session lists its services.
 * The explorer joins it with the connected O2G's WADL; exports and forms read it too.
 */
export const CATALOGUE: readonly CatalogueService[] = [
  service('Logins', '/logins', LOGINS),
  service('Users', '/users', USERS),
  service('BasicTelephony', '/telephony/basicCall', BASIC_TELEPHONY),
  service('Telephony', '/telephony/calls', [...TELEPHONY, ...CONFERENCE, ...CALL_SERVICES, ...USER_SERVICES]),
  service('Devices', '/telephony/devices', [...DEVICES, ...DEVICE_SERVICES]),
  service('State', '/telephony/state', STATE),
  service('IncomingCallbacks', '/telephony/incomingCallbacks', INCOMING_CALLBACKS),
  service('OutgoingCallbacks', '/telephony/outgoingCallbacks', OUTGOING_CALLBACKS),
  service('Directory', '/directory', DIRECTORY),
  service('EventSummary', '/eventSummary', EVENT_SUMMARY),
  service('Routing', '/routing', ROUTING),
  service('Comlog', '/comlog/records', COMLOG),
  service('PhoneSetProgramming', '/users', PHONE_SET),
  service('Subscriptions', '/subscriptions', SUBSCRIPTIONS),
  service('Voicemail', '/messaging/mailboxes', VOICEMAIL),
  service('PbxManagement', '/pbxs', PBX_MANAGEMENT),
  service('Analytics', '/usages', ANALYTICS),
  service('Maintenance', '/system', MAINTENANCE),
  service('Sessions', '/sessions', SESSIONS, true),
];
