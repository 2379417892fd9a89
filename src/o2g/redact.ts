/**
 * Redaction of secrets in what the console records about its O2G requests (the inspector, exports,
 * copy-as-cURL). The password, the Basic header and the AlcUserId credential never leave memory in clear.
 */
export const REDACTED = '[redacted]';

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'x-o2g-credential']);
const SECRET_KEY = /(password|passwd|pwd|credential|secret|token)/i;

/** Copies headers with the secret ones replaced; an Authorization header keeps its scheme. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    if (!SECRET_HEADERS.has(key)) out[key] = value;
    else if (key === 'authorization') out[key] = redactAuthorization(value);
    else out[key] = REDACTED;
  }
  return out;
}

/** Keeps a known scheme (it tells Basic from Bearer) and hides the rest; an unknown shape is hidden whole. */
function redactAuthorization(value: string): string {
  const scheme = /^(Basic|Bearer|Digest|Negotiate)\s/i.exec(value)?.[1];
  return scheme ? `${scheme} ${REDACTED}` : REDACTED;
}

/** Replaces the values of secret-looking keys, at any depth, in a JSON value. */
export function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? REDACTED : redactJson(inner)]),
    );
  }
  return value;
}

/** Redacts a body given as text: JSON bodies key by key, anything else is kept as it is. */
export function redactBodyText(text: string | undefined): string | undefined {
  if (!text) return text;
  try {
    return JSON.stringify(redactJson(JSON.parse(text)));
  } catch {
    return text;
  }
}
