import type { z } from 'zod';

/**
 * The kinds of identifiers an answer can carry that a later request needs. The explorer offers the
 * values it has seen as one-click fills for every field of the same kind.
 */
export type CarryKind =
  | 'callRef'
  | 'loginName'
  | 'deviceId'
  | 'mailboxId'
  | 'voicemailId'
  | 'recordId'
  | 'callbackId'
  | 'subscriptionId'
  | 'nodeId'
  | 'objectId';

/** Who may call an operation: any session (`user`, acting for itself), or administrators only. */
export type Caller = 'user' | 'admin';

/** A path or query parameter of an operation. */
export interface OperationParam {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  /** Prefilled value for the embedded lab. */
  example?: string;
  /** Allowed values, when the O2G only takes a few. */
  options?: readonly string[];
  /** `loginName` on a query: the user an administrator acts as; it follows the page's "Act as". */
  actAs?: boolean;
  /** Which carried value fits this parameter. */
  carry?: CarryKind;
  /** A path parameter that spans several segments (PBX object paths such as `Subscriber/2001`). */
  segments?: 'many';
}

/** One operation of an O2G service, as the console knows it. Pure data: views, forms and exports read it. */
export interface CatalogueOperation {
  /** Unique in the whole catalogue, e.g. `routing.activateDnd`. */
  id: string;
  /** The `serviceName` a session advertises. */
  service: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Relative to the session's base URL, with `{name}` for path parameters, e.g. `/telephony/calls/{callRef}`. */
  path: string;
  summary: string;
  callers: readonly Caller[];
  params: readonly OperationParam[];
  /** The request body's schema, from the contract; absent when the operation takes no body. */
  body?: z.ZodType;
  /** A body that works against the embedded lab, to prefill the form. */
  example?: unknown;
  /** What a successful answer holds, in words. */
  returns: string;
  /** The answer is a file (a voice message's WAV), not JSON. */
  binary?: boolean;
  /** Status codes and what each one means here. */
  statuses: Readonly<Record<number, string>>;
}

/** One service's operations, in the order a person meets them. */
export interface CatalogueService {
  serviceName: string;
  /** The service's `relativeUrl` in the lab's session answer; WADL-only operations are placed by it. */
  relativeUrl: string;
  operations: readonly CatalogueOperation[];
  /** Present in every session though no session lists it (the session itself: `/sessions`). */
  implicit?: boolean;
}
