import { pbxObjectChangeRequestSchema } from '../contract/pbx-management';
import { NO_CONTENT, operations, pathParam, queryParam } from './define';

const ADMIN = ['admin'] as const;
const nodeId = pathParam('nodeId', '1', 'nodeId', 'The OXE node id.');
const objectName = pathParam(
  'objectName',
  'Subscriber',
  undefined,
  'An object name of the model, e.g. Subscriber.',
);
// The O2G serves instances under one wildcard: an object name, then ids and sub-object names in turn.
const INSTANCES = '/pbxs/{nodeId}/instances/{objectPath}';
const objectPath = {
  ...pathParam(
    'objectPath',
    'Subscriber/2001',
    'objectId',
    'Object name, then instance id and sub-objects: Subscriber, Subscriber/2001, Subscriber/2001/Tsc_IP_subscriber.',
  ),
  segments: 'many',
} as const;
const NO_NODE = { 404: 'No such node, object or instance.' };

/** PbxManagement: the OXE configuration objects (administrators, MANAGEMENT licence). */
export const PBX_MANAGEMENT = operations('PbxManagement', 'pbx', {
  listNodes: {
    method: 'GET',
    path: '/pbxs',
    summary: 'The OXE nodes',
    callers: ADMIN,
    returns: '`nodeIds[]` (strings).',
  },
  getNode: {
    method: 'GET',
    path: '/pbxs/{nodeId}',
    summary: 'One node',
    callers: ADMIN,
    params: [nodeId],
    returns: 'nodeId (a number) and fqdn.',
    statuses: { 200: 'OK', ...NO_NODE },
  },
  model: {
    method: 'GET',
    path: '/pbxs/{nodeId}/model',
    summary: 'The object model of the node',
    callers: ADMIN,
    params: [nodeId],
    returns: 'The root object model with its sub-objects.',
    statuses: { 200: 'OK', ...NO_NODE },
  },
  objectModel: {
    method: 'GET',
    path: '/pbxs/{nodeId}/model/{objectName}',
    summary: 'The model of one object',
    callers: ADMIN,
    params: [nodeId, objectName],
    returns: 'The object model: attributes, allowed values, actions.',
    statuses: { 200: 'OK', ...NO_NODE },
  },
  root: {
    method: 'GET',
    path: '/pbxs/{nodeId}/instances',
    summary: 'The node’s root object',
    callers: ADMIN,
    params: [nodeId],
    returns: 'The root PbxObject.',
    statuses: { 200: 'OK', ...NO_NODE },
  },
  getInstances: {
    method: 'GET',
    path: INSTANCES,
    summary: 'The instances of an object, or one instance (with its sub-objects by path)',
    callers: ADMIN,
    params: [
      nodeId,
      objectPath,
      queryParam('filter', { description: 'With an object name only, e.g. (Directory_Number==2001)' }),
      queryParam('attributes', { description: 'With an instance: attribute names, comma-separated.' }),
    ],
    returns: 'For `Subscriber`: objectName and `objectIds[]`; for `Subscriber/2001`: the PbxObject.',
    statuses: { 200: 'OK', ...NO_NODE },
  },
  createInstance: {
    method: 'POST',
    path: INSTANCES,
    summary: 'Create an instance under an object name (e.g. Subscriber)',
    callers: ADMIN,
    params: [nodeId, { ...objectPath, example: 'Subscriber' }],
    body: pbxObjectChangeRequestSchema,
    example: {
      attributes: [
        { name: 'Directory_Number', value: ['2006'] },
        { name: 'Annu_Name', value: ['Lab'] },
        { name: 'Annu_First_Name', value: ['Six'] },
      ],
    },
    returns: 'No body.',
    statuses: {
      201: 'Created.',
      403: 'Refused (e.g. a Tsc_IP_subscriber comes with its Subscriber).',
      405: 'The path names an instance: create under an object name.',
      ...NO_NODE,
    },
  },
  changeInstance: {
    method: 'PUT',
    path: INSTANCES,
    summary: 'Change attributes of an instance',
    callers: ADMIN,
    params: [nodeId, objectPath],
    body: pbxObjectChangeRequestSchema,
    example: { attributes: [{ name: 'Annu_First_Name', value: ['Alicia'] }] },
    returns: 'No body.',
    statuses: { ...NO_CONTENT, 405: 'The path names no instance.', ...NO_NODE },
  },
  deleteInstance: {
    method: 'DELETE',
    path: INSTANCES,
    summary: 'Delete an instance',
    callers: ADMIN,
    params: [
      nodeId,
      { ...objectPath, example: 'Subscriber/2006' },
      queryParam('force', { options: ['true'] }),
    ],
    returns: 'No body.',
    statuses: {
      ...NO_CONTENT,
      403: 'Refused (a Tsc_IP_subscriber goes with its Subscriber).',
      405: 'The path names no instance.',
      ...NO_NODE,
    },
  },
});

const node = queryParam('nodeId', { required: true, example: '1', carry: 'nodeId' });
const fromDate = queryParam('fromDate', { example: '20260101', description: 'yyyyMMdd' });
const toDate = queryParam('toDate', { example: '20261231', description: 'yyyyMMdd' });

/** Analytics: incidents and charging of a node (administrators). */
export const ANALYTICS = operations('Analytics', 'analytics', {
  incidents: {
    method: 'GET',
    path: '/usages/incidents',
    summary: 'The node’s last incidents',
    callers: ADMIN,
    params: [node, queryParam('last', { example: '10' })],
    returns: '`incidents[]`.',
  },
  chargingFiles: {
    method: 'GET',
    path: '/usages/charging/files',
    summary: 'The charging (ticket) files',
    callers: ADMIN,
    params: [node, fromDate, toDate],
    returns: '`files[]`: name, date, time.',
  },
  charging: {
    method: 'GET',
    path: '/usages/charging',
    summary: 'The charging tickets',
    callers: ADMIN,
    params: [
      node,
      fromDate,
      toDate,
      queryParam('files'),
      queryParam('top'),
      queryParam('all', { options: ['true', 'false'] }),
    ],
    returns: '`chargings[]` and totals.',
  },
});

/** Maintenance: the O2G's own status. */
export const MAINTENANCE = operations('Maintenance', 'maintenance', {
  status: {
    method: 'GET',
    path: '/system/status',
    summary: 'CTI links, licences, PBX nodes',
    callers: ADMIN,
    returns: 'The system status.',
  },
});
