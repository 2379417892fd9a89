/**
 * Redaction of secrets in what the console records about its O2G requests (the inspector, exports,
 * copy-as-cURL). The password, the Basic header, the AlcUserId credential and the event channel's
 * subscription id never leave memory in clear.
 */
export const REDACTED = '[redacted]';
/** REDACTED as it stands in a URL, which must stay a valid URL (HAR, cURL). */
const REDACTED_IN_URL = encodeURIComponent(REDACTED);

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'x-o2g-credential']);
const SECRET_KEY = /(password|passwd|pwd|credential|secret|token|subscriptionid)/i;

/** `…/subscriptions/{id}` (update, delete) and the polling URL's `?subscriptionId=`. */
const SUBSCRIPTION_PATH = /(\/subscriptions\/)[^/?#\s"']+/gi;
const SUBSCRIPTION_QUERY = /([?&;]subscriptionId=)[^&#\s"']+/gi;

/**
 * Hides subscription ids in a URL or any text holding one. A subscription id alone opens the session's
 * event channel (the polling URL carries no other secret), so it is a credential like AlcUserId.
 */
export function redactSubscriptionIds(text: string): string {
  return text
    .replace(SUBSCRIPTION_PATH, `$1${REDACTED_IN_URL}`)
    .replace(SUBSCRIPTION_QUERY, `$1${REDACTED_IN_URL}`);
}

/** Copies headers with the secret ones replaced; an Authorization header keeps its scheme. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    if (!SECRET_HEADERS.has(key))
      out[key] = redactSubscriptionIds(value); // e.g. Location
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

/** Replaces the values of secret-looking keys, at any depth, in a JSON value, and subscription ids in strings. */
export function redactJson(value: unknown): unknown {
  if (typeof value === 'string') return redactSubscriptionIds(value); // e.g. the polling URLs
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
