import { EVENT_PACKAGE_NAMES } from '../../../o2g/contract';

/** The event packages of O2G (the names a subscription selects), and which events each one carries. */
const PACKAGE_EVENTS: Record<string, readonly string[]> = {
  telephony: [
    'OnTelephonyState',
    'OnCallCreated',
    'OnCallModified',
    'OnCallRemoved',
    'OnUserStateModified',
    'OnDeviceStateModified',
    'OnDynamicStateChanged',
  ],
  eventSummary: ['OnEventSummaryUpdated'],
  routingManagement: ['OnRoutingStateChanged'],
  unifiedComLog: [
    'OnComRecordCreated',
    'OnComRecordModified',
    'OnComRecordsDeleted',
    'OnComRecordsAck',
    'OnComRecordsUnAck',
  ],
  user: ['OnUserInfoChanged'],
  userManagement: ['OnUserCreated', 'OnUserDeleted'],
};

/** The packages the console subscribes to on sign-in. */
export const CONSOLE_EVENT_PACKAGES = EVENT_PACKAGE_NAMES;

/** Shown for an event no package lists: a newer O2G's, kept in the log but used by nothing. */
const OTHER_PACKAGE = 'other';

const packageByEvent = new Map(
  Object.entries(PACKAGE_EVENTS).flatMap(([name, events]) => events.map((event) => [event, name] as const)),
);

export function packageOf(eventName: string): string {
  return packageByEvent.get(eventName) ?? OTHER_PACKAGE;
}
