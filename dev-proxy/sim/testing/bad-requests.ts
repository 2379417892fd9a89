// Turns one endpoint's description into the ways a request to it can be wrong: no session, a cookie
// naming nothing, ids that are no ids, bodies that are not JSON or have members of the wrong type,
// query values out of their domain, an administrator naming no user, a user on an administrators'
// service, a method the path does not have.
import fc from 'fast-check';
import {
  badQueryValue,
  badSegment,
  malformedJson,
  oddString,
  percentEncode,
  wrongTypedBody,
} from './bad-input';
import type { BadRequest, FuzzLab, Sender } from './fuzz-lab';

/** One endpoint as the bad-input suites see it. */
export interface Endpoint {
  method: string;
  /** Under the session API base unless `root`; `{name}` placeholders take `ids`. */
  path: string;
  ids?: Record<string, string>;
  /** A query that makes the request valid (without `?`). */
  query?: string;
  /** A valid body; its members are swapped for values of other types. */
  body?: Record<string, unknown>;
  /** Who sends the valid request (default: oxe2001's session). */
  as?: Sender;
  /** Served without a session (discovery, authentication, the event channel). */
  open?: boolean;
  /**
   * Per-user: an administrator must name the user with `?loginName=`. `named`: a request naming a device
   * is valid without it (the device's owner is then the user), so only named strangers are bad input.
   */
  perUser?: boolean | 'named';
  adminOnly?: boolean;
  /** Validated query parameters and the values each accepts. */
  queryParams?: Record<string, (value: string) => boolean>;
  /** Free-text query parameters: odd values may be answered, but never with a 5xx or a change. */
  looseQueryParams?: string[];
  /** More bad requests only this endpoint knows about. */
  extra?: (lab: FuzzLab) => fc.Arbitrary<BadRequest>;
}

const LOGIN_NAMES = new Set(['admin', 'oxe2001', 'oxe2002', 'oxe2003', 'oxe2004', 'oxe2005']);

/** Whether a path segment could name something real: a login, an extension, a small number (a key, a node). */
function couldBeValid(segment: string, valid: string | undefined): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return false;
  }
  return decoded === valid || LOGIN_NAMES.has(decoded) || /^\d{1,4}$/.test(decoded);
}

/** Printable ASCII only: Node refuses other header bytes before they leave. */
export const headerSafe = (text: string) => [...text].filter((c) => c >= ' ' && c <= '~').join('');

function pathOf(lab: FuzzLab, endpoint: Endpoint, ids: Record<string, string>, query?: string): string {
  const filled = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? '');
  const base = endpoint.path.startsWith('/api/rest') || endpoint.path.startsWith('/OTEvents') ? '' : lab.api;
  // A bad value replaces the valid one of the same parameter rather than joining it.
  const named = new Set(query === undefined ? [] : [...new URLSearchParams(query).keys()]);
  const kept = (endpoint.query ?? '')
    .split('&')
    .filter((pair) => pair !== '' && !named.has(pair.split('=')[0] ?? ''));
  const search = [...kept, query].filter(Boolean).join('&');
  return `${base}${filled}${search ? `?${search}` : ''}`;
}

/** Every applicable way to get this endpoint wrong. */
export function badRequestsFor(lab: FuzzLab, endpoint: Endpoint): fc.Arbitrary<BadRequest> {
  const ids = endpoint.ids ?? {};
  const as = endpoint.as ?? 'user';
  const method = endpoint.method;
  const validPath = pathOf(lab, endpoint, ids);
  const validBody = endpoint.body && JSON.stringify(endpoint.body);
  const ways: fc.Arbitrary<BadRequest>[] = [
    // A method the path does not have, with whatever body.
    fc.option(oddString, { nil: undefined }).map((body) => ({ as, method: 'PATCH', path: validPath, body })),
  ];
  if (!endpoint.open) {
    ways.push(fc.constant({ as: 'none', method, path: validPath, body: validBody }));
    ways.push(
      oddString.map((value) => ({
        as: { cookie: `AlcUserId=${headerSafe(value).slice(0, 4000) || 'x'}` },
        method,
        path: validPath,
        body: validBody,
      })),
    );
  }
  for (const name of Object.keys(ids).filter((id) => endpoint.path.includes(`{${id}}`))) {
    ways.push(
      badSegment
        .filter((segment) => !couldBeValid(segment, ids[name]))
        .map((segment) => ({
          as,
          method,
          path: pathOf(lab, endpoint, { ...ids, [name]: segment }),
          body: validBody,
        })),
    );
  }
  if (method !== 'GET') ways.push(malformedJson.map((body) => ({ as, method, path: validPath, body })));
  if (endpoint.body)
    ways.push(wrongTypedBody(endpoint.body).map((body) => ({ as, method, path: validPath, body })));
  if (endpoint.perUser) {
    ways.push(
      oddString
        .filter((name) => !LOGIN_NAMES.has(name) && name.length <= 2000)
        .filter((name) => endpoint.perUser !== 'named' || name !== '')
        .map((name) => ({
          as: 'admin' as const,
          method,
          path: pathOf(lab, endpoint, ids, name === '' ? undefined : `loginName=${percentEncode(name)}`),
          body: validBody,
        })),
    );
  }
  if (endpoint.adminOnly)
    ways.push(fc.constant({ as: 'user' as const, method, path: validPath, body: validBody }));
  for (const [name, accepts] of Object.entries(endpoint.queryParams ?? {})) {
    ways.push(
      badQueryValue(name)
        .filter((query) => !acceptedQuery(query, name, accepts))
        .map((query) => ({ as, method, path: pathOf(lab, endpoint, ids, query), body: validBody })),
    );
  }
  for (const name of endpoint.looseQueryParams ?? []) {
    ways.push(
      badQueryValue(name).map((query) => ({
        as,
        method,
        path: pathOf(lab, endpoint, ids, query),
        body: validBody,
        mayPass: true,
      })),
    );
  }
  if (endpoint.extra) ways.push(endpoint.extra(lab));
  return fc.oneof(...ways);
}

/** Whether a generated query happens to be a value the parameter accepts (then it is no bad input). */
function acceptedQuery(query: string, name: string, accepts: (value: string) => boolean): boolean {
  const values = new URLSearchParams(query).getAll(name);
  return values.length === 1 && accepts(values[0] ?? '');
}

/** Bad requests to any of a family's endpoints. */
export function badRequestsForFamily(lab: FuzzLab, endpoints: readonly Endpoint[]): fc.Arbitrary<BadRequest> {
  return fc.oneof(...endpoints.map((endpoint) => badRequestsFor(lab, endpoint)));
}

/** Requests to one path with each of `bodies` as JSON, sent by `as` (oxe2001 unless said otherwise). */
export const bodiesFor = (
  lab: FuzzLab,
  method: string,
  path: string,
  bodies: fc.Arbitrary<unknown>,
  as: Sender = 'user',
) =>
  bodies.map((body): BadRequest => ({ as, method, path: `${lab.api}${path}`, body: JSON.stringify(body) }));
