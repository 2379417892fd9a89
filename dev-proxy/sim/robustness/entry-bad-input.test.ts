// Bad input to the way in (discovery, authentication, sessions) and to subscriptions and the event
// channel: never a 5xx, always an O2G error body, and the lab exactly as it was.
import fc from 'fast-check';
import { describe } from 'vitest';
import { badSegment, malformedJson, oddString, percentEncode } from '../testing/bad-input';
import { badRequestsForFamily, headerSafe, type Endpoint } from '../testing/bad-requests';
import { checkFamily, type BadRequest, type FuzzLab } from '../testing/fuzz-lab';
import { fuzzTest } from '../testing/lab-fixtures';

const isPackage = (name: string) =>
  ['telephony', 'eventSummary', 'routingManagement', 'unifiedComLog', 'user'].includes(name);
const PHONES_AND_LOGINS = new Set(['oxe2001', 'oxe2002', 'oxe2003', 'oxe2004', 'oxe2005', 'admin']);
for (const n of [1, 2, 3, 4, 5]) PHONES_AND_LOGINS.add(`200${n}`);

const discovery = (): Endpoint[] => [
  {
    method: 'GET',
    path: '/api/rest',
    open: true,
    extra: () =>
      fc.oneof(
        badSegment.map((segment): BadRequest => ({
          as: 'none',
          method: 'GET',
          path: `/api/rest/${segment}`,
        })),
        badSegment.map((segment): BadRequest => ({ as: 'none', method: 'GET', path: `/${segment}` })),
        fc
          .tuple(fc.constantFrom('POST', 'PUT', 'DELETE'), fc.option(oddString, { nil: undefined }))
          .map(([method, body]): BadRequest => ({ as: 'none', method, path: '/api/rest', body })),
      ),
  },
];

const basicOf = (login: string, password: string) =>
  `Basic ${Buffer.from(`${login}:${password}`, 'utf8').toString('base64')}`;

const authentication = (): Endpoint[] => [
  {
    method: 'GET',
    path: '/api/rest/authenticate',
    query: 'version=1.0',
    open: true,
    extra: () =>
      fc.oneof(
        // Wrong login or password, odd ones, huge ones; never the lab's own pair.
        fc
          .tuple(fc.oneof(oddString, fc.constantFrom('admin', 'oxe2001')), oddString)
          .filter(
            ([login, password]) =>
              !(login === 'admin' && password === 'admin') && !(login === 'oxe2001' && password === '2001'),
          )
          .map(([login, password]): BadRequest => ({
            as: 'none',
            method: 'GET',
            path: '/api/rest/authenticate?version=1.0',
            headers: { Authorization: basicOf(login, password).slice(0, 12_000) },
          })),
        oddString.map((value): BadRequest => ({
          as: 'none',
          method: 'GET',
          path: '/api/rest/authenticate?version=1.0',
          headers: { Authorization: headerSafe(value).slice(0, 8000) },
        })),
        fc.constant<BadRequest>({ as: 'none', method: 'GET', path: '/api/rest/authenticate?version=1.0' }),
        oddString
          .filter((version) => version !== '1.0' && version.length < 2000)
          .map((version): BadRequest => ({
            as: 'none',
            method: 'GET',
            path: `/api/rest/authenticate?version=${percentEncode(version)}&version=1.0`,
            headers: { Authorization: basicOf('admin', 'admin') },
          })),
      ),
  },
];

const SESSIONS = '/api/rest/1.0/sessions';
const sessions = (): Endpoint[] => [
  {
    method: 'POST',
    path: SESSIONS,
    as: 'pendingAdmin',
    body: { applicationName: 'fuzz' },
    extra: () =>
      fc
        .tuple(fc.constantFrom('LOGIN_NAME', 'PHONE_NUMBER', 'NAME', ''), oddString)
        .filter(([, id]) => !PHONES_AND_LOGINS.has(id))
        .map(([type, id]): BadRequest => ({
          as: 'pendingAdmin',
          method: 'POST',
          path: SESSIONS,
          body: JSON.stringify({ applicationName: 'fuzz', supervisedAccount: { type, id } }),
        })),
  },
  { method: 'GET', path: SESSIONS },
  { method: 'DELETE', path: SESSIONS },
  { method: 'POST', path: `${SESSIONS}/keepalive` },
];

const subscriptions = (lab: FuzzLab): Endpoint[] => [
  {
    method: 'POST',
    path: '/subscriptions',
    body: { filter: { selectors: [{ names: ['telephony'] }] }, version: '1.0', timeout: 0 },
    extra: () =>
      fc.oneof(
        fc
          .array(
            oddString.filter((name) => !isPackage(name)),
            { minLength: 1, maxLength: 3 },
          )
          .map((names): BadRequest => ({
            as: 'user',
            method: 'POST',
            path: `${lab.api}/subscriptions`,
            body: JSON.stringify({ filter: { selectors: [{ names: ['telephony', ...names] }] } }),
          })),
        fc
          .oneof(
            fc.integer({ min: 61 }),
            fc.integer({ max: -1 }),
            fc.double({ min: 0.1, max: 59.9, noInteger: true }),
          )
          .map((timeout): BadRequest => ({
            as: 'user',
            method: 'POST',
            path: `${lab.api}/subscriptions`,
            body: JSON.stringify({ filter: { selectors: [{ names: ['telephony'] }] }, timeout }),
          })),
        fc
          .option(
            fc.array(
              oddString.filter((id) => !PHONES_AND_LOGINS.has(id)),
              { minLength: 1, maxLength: 3 },
            ),
            { nil: undefined },
          )
          .map((ids): BadRequest => ({
            as: 'admin',
            method: 'POST',
            path: `${lab.api}/subscriptions`,
            body: JSON.stringify({ filter: { selectors: [{ names: ['telephony'], ...(ids && { ids }) }] } }),
          })),
        fc
          .constantFrom('{"filter":{"selectors":[]}}', '{"filter":{}}', '{}', 'null', '[]')
          .map((body): BadRequest => ({
            as: 'user',
            method: 'POST',
            path: `${lab.api}/subscriptions`,
            body,
          })),
      ),
  },
  {
    method: 'DELETE',
    path: '/subscriptions/{subscriptionId}',
    ids: { subscriptionId: lab.subscriptionId },
    // Another session's subscription is as unknown as a missing one.
    extra: () =>
      fc.constant<BadRequest>({
        as: 'admin',
        method: 'DELETE',
        path: `${lab.api}/subscriptions/${lab.subscriptionId}`,
      }),
  },
  ...(['POST', 'GET'] as const).map((method): Endpoint => ({
    method,
    path: '/OTEvents',
    open: true,
    queryParams: { subscriptionId: (id) => id === lab.subscriptionId },
    extra: () =>
      malformedJson.map((body): BadRequest => ({
        as: 'none',
        method: 'POST',
        path: `/OTEvents?subscriptionId=${encodeURIComponent(lab.subscriptionId)}`,
        body,
      })),
  })),
];

describe('bad input to the way in and to the event channel', () => {
  fuzzTest('discovery', ({ lab }) => checkFamily(() => lab, badRequestsForFamily(lab, discovery()), 50));
  fuzzTest('authentication', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, authentication()), 60),
  );
  fuzzTest('sessions', ({ lab }) => checkFamily(() => lab, badRequestsForFamily(lab, sessions()), 80));
  fuzzTest('subscriptions and the event channel', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, subscriptions(lab)), 100),
  );
});
