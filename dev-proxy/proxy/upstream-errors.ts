// When the upstream cannot be reached the console shows what the proxy says, as it is, so the answer
// names the target and the cause in words a lab user can act on.

/** The families of failure a user can do something about. */
export type UpstreamCause = 'dns' | 'refused' | 'timeout' | 'tls' | 'reset' | 'other';

/** The 502 JSON body for an upstream failure. */
export interface UpstreamErrorBody {
  error: 'upstream';
  target: string;
  cause: UpstreamCause;
  message: string;
}

const CAUSE_OF_CODE: Record<string, UpstreamCause> = {
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  FST_REPLY_FROM_GATEWAY_TIMEOUT: 'timeout',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  EHOSTUNREACH: 'refused',
  ENETUNREACH: 'refused',
};

/** OpenSSL verification codes and Node's TLS codes all mean "the proxy does not trust this server". */
function isTlsCode(code: string): boolean {
  return (
    /CERT|SELF_SIGNED|UNABLE_TO_(?:VERIFY|GET)|^ERR_TLS_|^ERR_SSL_|^EPROTO$/.test(code) &&
    code !== 'ERR_TLS_HANDSHAKE_TIMEOUT'
  );
}

/** The first error code in an error's cause chain (reply-from and undici wrap the socket's error). */
function codesOf(error: unknown): { code: string; message: string }[] {
  const found: { code: string; message: string }[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') found.push({ code, message: current.message });
    current = current.cause;
  }
  return found;
}

/** Sorts an upstream failure into a cause. The innermost known code wins: it is the socket's own. */
export function classifyUpstreamError(error: unknown): { cause: UpstreamCause; detail: string } {
  const codes = codesOf(error).reverse();
  for (const { code, message } of codes) {
    if (isTlsCode(code)) return { cause: 'tls', detail: message };
    const cause = CAUSE_OF_CODE[code];
    if (cause) return { cause, detail: message };
  }
  return { cause: 'other', detail: error instanceof Error ? error.message : String(error) };
}

const EXPLANATION: Record<UpstreamCause, (target: string) => string> = {
  dns: (target) =>
    `the name of ${target} could not be resolved (DNS); check the target's spelling and your network`,
  refused: (target) => `${target} refused the connection; is the O2G running and is the port right?`,
  timeout: (target) => `${target} did not answer in time`,
  tls: (target) =>
    `the certificate of ${target} is not trusted; start the proxy with --ca <file> to trust the lab's CA, ` +
    'or with --insecure for a lab you trust',
  reset: (target) => `${target} closed the connection before answering`,
  other: (target) => `${target} could not be reached`,
};

/** The 502 body for an upstream failure: the target, the cause, and what to do about it. */
export function upstreamErrorBody(target: string, error: unknown): UpstreamErrorBody {
  const { cause, detail } = classifyUpstreamError(error);
  return { error: 'upstream', target, cause, message: `${EXPLANATION[cause](target)} (${detail})` };
}
