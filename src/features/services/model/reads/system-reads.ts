import type { ReadParam, ServiceRead } from '../read-spec';

const nodeInPath: ReadParam = {
  name: 'nodeId',
  label: 'OXE node',
  in: 'path',
  required: true,
  check: 'digits',
  placeholder: '1',
};
const nodeInQuery: ReadParam = { ...nodeInPath, in: 'query' };

/** Maintenance: the O2G's own status. */
export const MAINTENANCE_READS: readonly ServiceRead[] = [
  {
    id: 'status',
    label: 'Read the system status',
    path: '/system/status',
    hint: 'O2G version and services, OXE nodes and their CTI links, licences.',
    params: [],
  },
];

/** PbxManagement: the OXE nodes and their Subscribers. */
export const PBX_MANAGEMENT_READS: readonly ServiceRead[] = [
  { id: 'nodes', label: 'List the OXE nodes', path: '/pbxs', params: [] },
  { id: 'node', label: 'Read one node', path: '/pbxs/{nodeId}', params: [nodeInPath] },
  {
    id: 'subscribers',
    label: 'List the Subscribers',
    path: '/pbxs/{nodeId}/instances/Subscriber',
    params: [
      nodeInPath,
      { name: 'filter', label: 'Filter', in: 'query', placeholder: 'Directory_Name EQUAL_TO "Martin"' },
    ],
  },
  {
    id: 'subscriber',
    label: 'Read one Subscriber',
    path: '/pbxs/{nodeId}/instances/Subscriber/{objectId}',
    params: [
      nodeInPath,
      { name: 'objectId', label: 'Subscriber number', in: 'path', required: true, check: 'digits' },
      { name: 'attributes', label: 'Attributes', in: 'query', placeholder: 'Annu_Name,Station_Type' },
    ],
  },
];

/** Analytics: incidents and charging of a node. */
export const ANALYTICS_READS: readonly ServiceRead[] = [
  {
    id: 'incidents',
    label: 'Read the incidents',
    path: '/usages/incidents',
    params: [nodeInQuery, { name: 'last', label: 'The last', in: 'query', check: 'positive-int' }],
  },
  {
    id: 'charging-files',
    label: 'List the charging files',
    path: '/usages/charging/files',
    params: [
      nodeInQuery,
      { name: 'fromDate', label: 'From', in: 'query', check: 'yyyymmdd', placeholder: '20260201' },
      { name: 'toDate', label: 'To', in: 'query', check: 'yyyymmdd', placeholder: '20260228' },
    ],
  },
];
