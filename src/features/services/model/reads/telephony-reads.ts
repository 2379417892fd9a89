import type { ServiceRead } from '../read-spec';

/** State: the telephonic state of a user. */
export const STATE_READS: readonly ServiceRead[] = [
  {
    id: 'state',
    label: 'Read the telephonic state',
    path: '/telephony/state',
    actsOnUser: true,
    hint: 'Current calls, device capabilities, user state and device states.',
    params: [],
  },
];

/** Devices: the user's devices and whether they are in service. */
export const DEVICES_READS: readonly ServiceRead[] = [
  {
    id: 'devices',
    label: 'Read the device states',
    path: '/telephony/devices',
    actsOnUser: true,
    params: [],
  },
  {
    id: 'device',
    label: 'Read one device',
    path: '/telephony/devices/{deviceId}',
    actsOnUser: true,
    params: [
      {
        name: 'deviceId',
        label: 'Device number',
        in: 'path',
        required: true,
        check: 'digits',
        placeholder: '2001',
      },
    ],
  },
];

/** Telephony: the user's calls. */
export const TELEPHONY_READS: readonly ServiceRead[] = [
  { id: 'calls', label: 'List the calls', path: '/telephony/calls', actsOnUser: true, params: [] },
  {
    id: 'call',
    label: 'Read one call',
    path: '/telephony/calls/{callRef}',
    actsOnUser: true,
    params: [
      {
        name: 'callRef',
        label: 'Call reference',
        in: 'path',
        required: true,
        placeholder: 'a6aaea5b21000700',
      },
    ],
  },
];

/** IncomingCallbacks: callback requests left for the user. */
export const INCOMING_CALLBACKS_READS: readonly ServiceRead[] = [
  {
    id: 'callbacks',
    label: 'List the callback requests',
    path: '/telephony/incomingCallbacks',
    actsOnUser: true,
    params: [],
  },
];

/** EventSummary: the user's counters. */
export const EVENT_SUMMARY_READS: readonly ServiceRead[] = [
  {
    id: 'counters',
    label: 'Read the counters',
    path: '/eventSummary',
    actsOnUser: true,
    hint: 'Missed calls, new voice messages, callback requests, faxes and texts.',
    params: [],
  },
];

/** Routing: where the user's calls go. */
export const ROUTING_READS: readonly ServiceRead[] = [
  {
    id: 'state',
    label: 'Read the routing state',
    path: '/routing/state',
    actsOnUser: true,
    hint: 'Presentation (remote extension), forward and overflow routes, do not disturb.',
    params: [],
  },
  {
    id: 'capabilities',
    label: 'Read the routing capabilities',
    path: '/routing',
    actsOnUser: true,
    params: [],
  },
  { id: 'dnd', label: 'Read do not disturb', path: '/routing/dnd', actsOnUser: true, params: [] },
  { id: 'forward', label: 'Read the forward', path: '/routing/forwardroute', actsOnUser: true, params: [] },
  {
    id: 'overflow',
    label: 'Read the overflow',
    path: '/routing/overflowroute',
    actsOnUser: true,
    params: [],
  },
];
