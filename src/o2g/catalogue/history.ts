import { comRecordAckRequestSchema } from '../contract/comlog';
import { actAs, NO_CONTENT, operations, pathParam, queryParam } from './define';

const FLAG = ['true', 'false'] as const;

// The filters a comlog query and a comlog delete share.
const filters = [
  actAs,
  queryParam('afterDate', { description: 'ISO-8601 instant: records not older than this.' }),
  queryParam('beforeDate', { description: 'ISO-8601 instant: records not newer than this.' }),
  queryParam('unacknowledged', { options: FLAG }),
  queryParam('unanswered', { options: FLAG }),
  queryParam('role', { options: ['CALLER', 'CALLEE'] }),
  queryParam('comRef', { carry: 'callRef' }),
  queryParam('remotePartyId'),
];
const recordId = pathParam('recordId', undefined, 'recordId', 'A record id (a number).');

/** EventSummary: the counters of a user. */
export const EVENT_SUMMARY = operations('EventSummary', 'eventSummary', {
  get: {
    method: 'GET',
    path: '/eventSummary',
    summary: 'New voice messages, missed calls, callback requests',
    params: [actAs],
    returns: 'missedCallsNb, voiceMessagesNb, callBackRequestsNb, faxNb, newTextNb, oldTextNb, eventWaiting.',
  },
});

/** Comlog: the user's communication log. */
export const COMLOG = operations('Comlog', 'comlog', {
  query: {
    method: 'GET',
    path: '/comlog/records',
    summary: 'Query the call records',
    params: [
      ...filters,
      queryParam('offset'),
      queryParam('limit', { example: '20' }),
      queryParam('optimized', { options: FLAG }),
    ],
    returns: '`comHistoryRecords[]` and `totalCount`.',
  },
  get: {
    method: 'GET',
    path: '/comlog/records/{recordId}',
    summary: 'One call record',
    params: [recordId, actAs],
    returns: 'The record.',
    statuses: { 200: 'OK', 404: 'No such record.' },
  },
  deleteOne: {
    method: 'DELETE',
    path: '/comlog/records/{recordId}',
    summary: 'Delete one call record',
    params: [recordId, actAs],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, 404: 'No such record.' },
  },
  deleteMany: {
    method: 'DELETE',
    path: '/comlog/records',
    summary: 'Delete records by ids or filter (no filter: all of them)',
    params: [
      queryParam('recordIdList', { carry: 'recordId', description: 'Record ids, comma-separated.' }),
      ...filters,
    ],
    returns: 'No body.',
    statuses: NO_CONTENT,
  },
  acknowledge: {
    method: 'PUT',
    path: '/comlog/records',
    summary: 'Mark records acknowledged (or not)',
    params: [actAs, queryParam('acknowledge', { required: true, options: FLAG, example: 'true' })],
    body: comRecordAckRequestSchema,
    example: { recordIds: [1] },
    returns: 'No body.',
    statuses: NO_CONTENT,
  },
});
