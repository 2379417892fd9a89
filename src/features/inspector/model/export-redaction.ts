import type { O2gExchange } from '../../../o2g/http';
import { REDACTED, redactBodyText, redactHeaders, redactSubscriptionIds } from '../../../o2g/redact';

/** Names whose value is a secret, in a query or in text that is not JSON (a subscription id opens the event channel). */
const SECRET_NAME = /(password|passwd|pwd|credential|secret|token|subscriptionid)/i;
/** Authorization schemes worth keeping in sight; anything else is hidden whole. */
const KNOWN_SCHEME = /^(Basic|Bearer|Digest|Negotiate|NTLM)\b/i;

/**
 * A URL with subscription ids (path or query) and the values of secret-looking query parameters replaced;
 * relative URLs stay relative.
 */
export function redactUrl(rawUrl: string): string {
  const url = redactSubscriptionIds(rawUrl);
  const queryStart = url.indexOf('?');
  if (queryStart < 0) return url;
  const hashStart = url.indexOf('#', queryStart);
  const query = url.slice(queryStart + 1, hashStart < 0 ? undefined : hashStart);
  const redacted = query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      // A flag such as `withUserPwd` carries no value: nothing to hide.
      if (equals < 0 || equals === pair.length - 1) return pair;
      const name = pair.slice(0, equals);
      return SECRET_NAME.test(decodeQueryPart(name)) ? `${name}=${encodeURIComponent(REDACTED)}` : pair;
    })
    .join('&');
  return `${url.slice(0, queryStart + 1)}${redacted}${hashStart < 0 ? '' : url.slice(hashStart)}`;
}

/** Headers redacted by the client's rules, and an Authorization without a known scheme hidden whole. */
export function redactHeadersForExport(headers: Record<string, string>): Record<string, string> {
  const out = redactHeaders(headers);
  const authorization = out.authorization;
  if (authorization !== undefined) {
    const scheme = KNOWN_SCHEME.exec(authorization)?.[1];
    out.authorization = scheme ? `${scheme} ${REDACTED}` : REDACTED;
  }
  return out;
}

/** A body redacted key by key when it is JSON; otherwise `name=value` and `"name": "value"` pairs. */
export function redactBodyForExport(text: string | undefined): string | undefined {
  if (!text || isJson(text)) return redactBodyText(text);
  return redactSubscriptionIds(text)
    .replace(/("[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*"/g, (pair, key: string) =>
      SECRET_NAME.test(key) ? `${key}"${REDACTED}"` : pair,
    )
    .replace(
      /\b(AlcUserId|[\w-]*(?:password|passwd|pwd|credential|secret|token|subscriptionId)[\w-]*)=[^&;\s"]+/gi,
      `$1=${REDACTED}`,
    );
}

/**
 * Redacts an exchange again before it leaves the console (a file, the clipboard). The O2G client already
 * redacts what it records; this second pass keeps an export safe even if an exchange reached the log some
 * other way, or the client's redaction ever regresses.
 */
export function redactForExport(exchange: O2gExchange): O2gExchange {
  return {
    ...exchange,
    url: redactUrl(exchange.url),
    requestHeaders: redactHeadersForExport(exchange.requestHeaders),
    requestBody: redactBodyForExport(exchange.requestBody),
    responseHeaders: redactHeadersForExport(exchange.responseHeaders),
    responseBody: redactBodyForExport(exchange.responseBody),
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function decodeQueryPart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}
