import type { O2gErrorBody, RoutingErrorInfo, TelephonyErrorInfo } from '../../../src/o2g/contract';

/**
 * Every way the simulator refuses a request, mapped here, and only here, to the HTTP status and the
 * O2G error body. `httpStatus` and `type` are not documented anywhere; Java-style status names are
 * what the SDKs' error types suggest.
 */
const SIM_ERROR_KINDS = {
  badRequest: { code: 400, httpStatus: 'BAD_REQUEST', canRetry: true },
  notAuthenticated: { code: 401, httpStatus: 'UNAUTHORIZED', canRetry: true },
  sessionExpired: { code: 401, httpStatus: 'UNAUTHORIZED', canRetry: true },
  forbidden: { code: 403, httpStatus: 'FORBIDDEN', canRetry: false },
  noSession: { code: 403, httpStatus: 'FORBIDDEN', canRetry: true },
  notFound: { code: 404, httpStatus: 'NOT_FOUND', canRetry: false },
  methodNotAllowed: { code: 405, httpStatus: 'METHOD_NOT_ALLOWED', canRetry: false },
  conflict: { code: 409, httpStatus: 'CONFLICT', canRetry: false },
  requestTimeout: { code: 408, httpStatus: 'REQUEST_TIMEOUT', canRetry: true },
  payloadTooLarge: { code: 413, httpStatus: 'PAYLOAD_TOO_LARGE', canRetry: true },
  rangeNotSatisfiable: { code: 416, httpStatus: 'REQUESTED_RANGE_NOT_SATISFIABLE', canRetry: true },
  unsupportedMediaType: { code: 415, httpStatus: 'UNSUPPORTED_MEDIA_TYPE', canRetry: true },
  headersTooLarge: { code: 431, httpStatus: 'REQUEST_HEADER_FIELDS_TOO_LARGE', canRetry: true },
  internal: { code: 500, httpStatus: 'INTERNAL_SERVER_ERROR', canRetry: false },
  serviceUnavailable: { code: 503, httpStatus: 'SERVICE_UNAVAILABLE', canRetry: true },
} as const satisfies Record<string, { code: number; httpStatus: string; canRetry: boolean }>;

/** The reason a request was refused; add a kind to the table above to add one. */
export type SimErrorKind = keyof typeof SIM_ERROR_KINDS;

/** Extra details of a refusal, carried into the O2G error body. */
export interface SimErrorDetails {
  /** Technical detail for support (the body's `innerMessage`). */
  innerMessage?: string;
  telephony?: TelephonyErrorInfo;
  routing?: RoutingErrorInfo;
  /** Extra response headers, e.g. `Allow` on a 405. */
  headers?: Record<string, string>;
}

/**
 * A refused request. Commands throw it before they change anything, so a refused request leaves the
 * world as it was; the HTTP layer turns it into the O2G status and body.
 */
export class SimError extends Error {
  override name = 'SimError';

  constructor(
    readonly kind: SimErrorKind,
    /** Words for the person using the client (the body's `helpMessage`). */
    readonly helpMessage: string,
    readonly details: SimErrorDetails = {},
  ) {
    super(`${kind}: ${helpMessage}`);
  }

  /** The HTTP status code of this refusal. */
  get status(): number {
    return SIM_ERROR_KINDS[this.kind].code;
  }

  /** The O2G error body of this refusal. */
  toBody(): O2gErrorBody {
    const { code, httpStatus, canRetry } = SIM_ERROR_KINDS[this.kind];
    const body: O2gErrorBody = {
      httpStatus,
      code,
      helpMessage: this.helpMessage,
      type: httpStatus,
      innerMessage: this.details.innerMessage ?? this.helpMessage,
      canRetry,
    };
    if (this.details.telephony) body.telephony = this.details.telephony;
    if (this.details.routing) body.routing = this.details.routing;
    return body;
  }
}

/** The kind whose status is `status`, for errors raised by the HTTP framework itself. */
export function simErrorKindForStatus(status: number): SimErrorKind {
  const kind = (Object.keys(SIM_ERROR_KINDS) as SimErrorKind[]).find(
    (k) => SIM_ERROR_KINDS[k].code === status,
  );
  if (kind) return kind;
  return status >= 500 ? 'internal' : 'badRequest';
}
