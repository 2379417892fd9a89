// Bad input to routing, comlog and directory search: never a 5xx, always an O2G error body, no route,
// record or search changed.
import fc from 'fast-check';
import { describe } from 'vitest';
import { oddString } from '../testing/bad-input';
import { badRequestsForFamily, bodiesFor, type Endpoint } from '../testing/bad-requests';
import { checkFamily, type FuzzLab } from '../testing/fuzz-lab';
import { fuzzTest } from '../testing/lab-fixtures';

const isFlag = (value: string) => ['', 'true', 'false'].includes(value);
const isCount = (value: string) => /^\d{1,9}$/.test(value);
const isInstant = (value: string) => !Number.isNaN(Date.parse(value));

const routing = (lab: FuzzLab): Endpoint[] => [
  { method: 'GET', path: '/routing', perUser: true },
  {
    method: 'POST',
    path: '/routing',
    perUser: true,
    body: { presentationRoutes: [{ destinations: [{ type: 'MOBILE', selected: true }] }] },
  },
  { method: 'GET', path: '/routing/state', perUser: true },
  { method: 'POST', path: '/routing/state/snapshot', perUser: true },
  ...(['GET', 'POST', 'DELETE'] as const).map((method): Endpoint => ({
    method,
    path: '/routing/dnd',
    perUser: true,
  })),
  { method: 'GET', path: '/routing/forwardroute', perUser: true },
  {
    method: 'POST',
    path: '/routing/forwardroute',
    perUser: true,
    body: { forwardRoute: { forwardType: 'IMMEDIATE', destinations: [{ type: 'NUMBER', number: '2002' }] } },
    extra: () =>
      bodiesFor(
        lab,
        'POST',
        '/routing/forwardroute',
        fc.oneof(
          oddString
            .filter((t) => !['IMMEDIATE', 'BUSY', 'NO_ANSWER', 'BUSY_NO_ANSWER'].includes(t))
            .map((forwardType) => ({
              forwardRoute: { forwardType, destinations: [{ type: 'VOICEMAIL' }] },
            })),
          oddString
            .filter((t) => t !== 'NUMBER' && t !== 'VOICEMAIL')
            .map((type) => ({ forwardRoute: { destinations: [{ type, number: '2002' }] } })),
          fc
            .constantFrom([], [{ type: 'NUMBER' }], [{ type: 'VOICEMAIL' }, { type: 'VOICEMAIL' }])
            .map((destinations) => ({ forwardRoute: { destinations } })),
        ),
      ),
  },
  { method: 'DELETE', path: '/routing/forwardroute', perUser: true },
  { method: 'GET', path: '/routing/overflowroute', perUser: true },
  {
    method: 'POST',
    path: '/routing/overflowroute',
    perUser: true,
    body: { overflowRoutes: [{ overflowType: 'BUSY', destinations: [{ type: 'VOICEMAIL' }] }] },
    extra: () =>
      bodiesFor(
        lab,
        'POST',
        '/routing/overflowroute',
        fc.oneof(
          oddString
            .filter((t) => !['BUSY', 'NO_ANSWER', 'BUSY_NO_ANSWER'].includes(t))
            .map((overflowType) => ({
              overflowRoutes: [{ overflowType, destinations: [{ type: 'VOICEMAIL' }] }],
            })),
          fc.constantFrom(
            { overflowRoutes: [] },
            { overflowRoutes: {} },
            { overflowRoutes: [{}] },
            { overflowRoutes: { overflowType: 'BUSY' } },
            { overflowRoutes: [{ destinations: [{ type: 'NUMBER', number: '2002' }] }] },
          ),
        ),
      ),
  },
  { method: 'DELETE', path: '/routing/overflowroute', perUser: true },
];

const comlog = (lab: FuzzLab): Endpoint[] => {
  const [record] = lab.world.userServices.comlog.query('oxe2001');
  const ids = { recordId: String(record?.record.recordId ?? 1) };
  const filters = {
    afterDate: isInstant,
    beforeDate: isInstant,
    unacknowledged: isFlag,
    unanswered: isFlag,
    role: (role: string) => role === 'CALLER' || role === 'CALLEE',
  };
  return [
    {
      method: 'GET',
      path: '/comlog/records',
      perUser: true,
      queryParams: { ...filters, offset: isCount, limit: isCount, optimized: isFlag },
    },
    { method: 'GET', path: '/comlog/records/{recordId}', ids, perUser: true },
    { method: 'DELETE', path: '/comlog/records/{recordId}', ids, perUser: true },
    {
      method: 'DELETE',
      path: '/comlog/records',
      perUser: true,
      queryParams: { ...filters, recordIdList: (list) => /^\s*\d+\s*(,\s*\d+\s*)*$/.test(list) },
    },
    {
      method: 'PUT',
      path: '/comlog/records',
      query: 'acknowledge=true',
      perUser: true,
      queryParams: { acknowledge: (value) => value === 'true' || value === 'false' },
      extra: () =>
        bodiesFor(
          lab,
          'PUT',
          '/comlog/records?acknowledge=true',
          fc.oneof(
            fc.constant({ recordIds: [] }),
            fc.constant({}),
            fc
              .array(
                oddString.filter((id) => !/^\d+$/.test(id)),
                { minLength: 1, maxLength: 3 },
              )
              .map((recordIds) => ({ recordIds })),
            fc
              .oneof(fc.double({ noInteger: true, noNaN: true }), fc.constant(null), fc.boolean())
              .map((id) => ({ recordIds: [id] })),
          ),
        ),
    },
  ];
};

const directory = (lab: FuzzLab): Endpoint[] => [
  {
    method: 'POST',
    path: '/directory/search',
    perUser: true,
    body: { filter: { field: 'lastName', operation: 'BEGIN_WITH', operand: 'M' }, limit: 10 },
    extra: () =>
      bodiesFor(
        lab,
        'POST',
        '/directory/search',
        fc.oneof(
          fc
            .oneof(
              fc.integer({ max: 0 }),
              fc.integer({ min: 101 }),
              fc.double({ min: 1.1, max: 99.9, noInteger: true }),
            )
            .map((limit) => ({
              filter: { field: 'lastName', operation: 'BEGIN_WITH', operand: 'M' },
              limit,
            })),
          oddString.map((field) => ({ filter: { field, operation: 'CONTAIN', operand: 'a' } })),
          oddString.map((operation) => ({ filter: { field: 'lastName', operation, operand: 'a' } })),
          fc.constantFrom('AND', 'OR').map((operation) => ({ filter: { operation, operand: [] } })),
        ),
      ),
  },
  { method: 'GET', path: '/directory/search', perUser: true },
  { method: 'DELETE', path: '/directory/search', perUser: true },
];

describe('bad input to routing, comlog and directory', () => {
  fuzzTest('routing', ({ lab }) => checkFamily(() => lab, badRequestsForFamily(lab, routing(lab)), 100));
  fuzzTest('comlog', ({ lab }) => checkFamily(() => lab, badRequestsForFamily(lab, comlog(lab)), 100));
  fuzzTest('directory', ({ lab }) => checkFamily(() => lab, badRequestsForFamily(lab, directory(lab)), 60));
});
