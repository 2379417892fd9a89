// Every line the console's servers print goes through here. A URL of the console's traffic can carry
// live secrets: the event channel's `subscriptionId` opens the stream on its own, and an O2G may put
// `;jsessionid=` or an AlcUserId in a path. Logs are copied into bug reports, so they keep only the shape.

const MASK = '***';

/** Names whose value is a secret wherever it appears as `name=value` or `"name": "value"`. */
const SECRET_NAME =
  '[\\w-]*(?:pass(?:wd|word)?|pwd|pin|secret|token|credential|alcuserid|subscriptionid|session(?:id)?)[\\w-]*';

const QUERY = /\?[^\s"'<>]+/g;
const MATRIX_PARAMETERS = /;[^\s/?#"'<>]+/g;
const NAME_EQUALS_VALUE = new RegExp(`\\b(${SECRET_NAME})=([^&;\\s"',]+)`, 'gi');
const JSON_PAIR = new RegExp(`("${SECRET_NAME}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');
const SUBSCRIPTION_PATH = /(\/subscriptions\/)[^/?#\s"'<>]+/gi;

/**
 * The text with query strings, `;` path parameters, subscription ids in paths, and the values of
 * secret-looking names masked. Meant for log lines: it keeps the method, the path and the status readable.
 */
export function redactForLog(text: string): string {
  return text
    .replace(JSON_PAIR, `$1"${MASK}"`)
    .replace(NAME_EQUALS_VALUE, `$1=${MASK}`)
    .replace(QUERY, `?${MASK}`)
    .replace(MATRIX_PARAMETERS, `;${MASK}`)
    .replace(SUBSCRIPTION_PATH, `$1${MASK}`);
}
