/**
 * How the console describes one READ request of an O2G service: its path under the session's base URL,
 * its parameters and how each is checked. The service pages are generated from these descriptions, so
 * adding a read is a data change, not a new component.
 */

/** Checks a typed value must pass before the request is sent. */
export type ParamCheck =
  | 'digits' // a phone number or an id made of digits
  | 'positive-int' // paging and counts: 1, 2, 3…
  | 'iso-instant' // comlog dates: 2026-02-16T18:30:00Z
  | 'yyyymmdd' // analytics dates: 20260216
  | 'node-ids' // OXE node ids separated by ";"
  | 'segment'; // one path segment: no "/", "?" or "#"

export interface ReadParam {
  /** The name on the wire (query parameter or `{placeholder}` of the path). */
  name: string;
  /** The field's label, in words. */
  label: string;
  in: 'path' | 'query';
  /** `text` (default), `flag` (a checkbox) or `choice` (a select of `choices`). */
  kind?: 'text' | 'flag' | 'choice';
  /** How a set flag is sent: `bare` (`?onlyACD`, as the SDKs do for some) or `true` (`?newOnly=true`). */
  flag?: 'bare' | 'true';
  choices?: readonly string[];
  required?: boolean;
  check?: ParamCheck;
  placeholder?: string;
  description?: string;
  /** Prefilled with the login the page acts as (an administrator's pick, or the user's own login). */
  fromLogin?: boolean;
}

export interface ServiceRead {
  /** Unique within its service. */
  id: string;
  /** The button's label: says what it reads. */
  label: string;
  /** Relative to the session's base URL, with `{name}` for path parameters, e.g. `/users/{loginName}`. */
  path: string;
  params: readonly ReadParam[];
  /**
   * The read acts on one user: an administrator session must name it with `?loginName=` (taken from the
   * "Act as" picker); a user session never sends it, the O2G then uses the session's own user.
   */
  actsOnUser?: boolean;
  /** One line on what the answer holds, when the label is not enough. */
  hint?: string;
}

/** The values typed in a read's fields, by parameter name; a set flag is `"true"`, an unset one `""`. */
export type ReadValues = Record<string, string>;
