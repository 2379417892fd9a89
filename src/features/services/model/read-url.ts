import type { ParamCheck, ReadParam, ReadValues, ServiceRead } from './read-spec';
import { underBase } from '../../../o2g/base-url';

/** Who the request is for: the session's kind and the login an administrator acts as. */
export interface ReadTarget {
  admin: boolean;
  /** The administrator's "Act as" pick; ignored for a user session. */
  actAs?: string;
}

export type ReadUrlResult =
  | { ok: true; url: string }
  /** `errors` by parameter name; `actAs` when an administrator has not picked a login. */
  | { ok: false; errors: Record<string, string>; actAs?: string };

const CHECKS: Record<ParamCheck, { test: (value: string) => boolean; message: string }> = {
  digits: { test: (v) => /^\d+$/.test(v), message: 'Digits only, e.g. 2001.' },
  'positive-int': { test: (v) => /^[1-9]\d{0,5}$/.test(v), message: 'A whole number above 0.' },
  'iso-instant': {
    test: (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(v) && !Number.isNaN(Date.parse(v)),
    message: 'An ISO-8601 instant in UTC, e.g. 2026-02-16T18:30:00Z.',
  },
  yyyymmdd: {
    test: (v) =>
      /^\d{8}$/.test(v) && !Number.isNaN(Date.parse(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}`)),
    message: 'A date as yyyyMMdd, e.g. 20260216.',
  },
  'node-ids': { test: (v) => /^\d+(;\d+)*$/.test(v), message: 'Node ids separated by ";", e.g. 1;2.' },
  segment: { test: (v) => !/[/?#\s]/.test(v), message: 'One name: no "/", "?", "#" or spaces.' },
};

/** The message for one typed value, or undefined when it is acceptable. */
export function checkParam(param: ReadParam, raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  if (param.kind === 'flag') return undefined;
  if (value === '') return param.required ? `${param.label} is required.` : undefined;
  const check = param.check ?? (param.in === 'path' ? 'segment' : undefined);
  if (check && !CHECKS[check].test(value)) return CHECKS[check].message;
  return undefined;
}

/**
 * Checks the typed values and builds the read's absolute URL: the session's base URL, the documented
 * path with its placeholders filled (each value URL-encoded), then the query. Nothing is built from an
 * O2G host of its own: every URL starts with the base URL the session returned.
 */
export function buildReadUrl(
  baseUrl: string,
  read: ServiceRead,
  values: ReadValues,
  target: ReadTarget,
): ReadUrlResult {
  const errors: Record<string, string> = {};
  for (const param of read.params) {
    const message = checkParam(param, values[param.name]);
    if (message) errors[param.name] = message;
  }
  const actAs = target.actAs?.trim();
  const actAsError =
    read.actsOnUser && target.admin && !actAs
      ? 'Pick a login in "Act as": an administrator session must name the user it reads for.'
      : undefined;
  if (Object.keys(errors).length > 0 || actAsError) return { ok: false, errors, actAs: actAsError };

  const path = read.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent((values[name] ?? '').trim()),
  );
  const query: string[] = [];
  if (read.actsOnUser && target.admin && actAs) query.push(`loginName=${encodeURIComponent(actAs)}`);
  for (const param of read.params) {
    if (param.in !== 'query') continue;
    const value = (values[param.name] ?? '').trim();
    if (param.kind === 'flag') {
      if (value === 'true') query.push(param.flag === 'bare' ? param.name : `${param.name}=true`);
    } else if (value !== '') {
      query.push(`${param.name}=${encodeURIComponent(value)}`);
    }
  }
  const url = underBase(baseUrl, `${path}${query.length ? `?${query.join('&')}` : ''}`);
  return { ok: true, url };
}

/** The values a read starts with: the login fields filled with the login the page acts as. */
export function initialValues(read: ServiceRead, login: string | undefined): ReadValues {
  const values: ReadValues = {};
  for (const param of read.params) {
    if (param.fromLogin && login) values[param.name] = login;
  }
  return values;
}
