// The one redaction every log line of the dev tools goes through (proxy, lab, console server, and the
// process-level safety net). A log line is read by people and pasted into issues: it must never carry
// what opens a session or an event channel, whichever way a client wrote it.
//   - `name=value` pairs after `?`, `&`, `;` or a space, whose name is a secret (password, pass, pwd,
//     pin, credential, token, secret, AlcUserId, subscriptionId, jsessionid, authorization...), any case;
//   - the path segment after `/subscriptions/` (DELETE BASE/subscriptions/{subscriptionId}: the id
//     alone opens the event channel);
//   - the value after `Basic `/`Bearer ` (an Authorization header quoted in an error message);
//   - JSON members `"name": "value"` with a secret name (an answer quoted in an error message);
//   - anything shaped like a JWT (O2G's credentials and subscription ids are), wherever it stands.
// Other query values (loginName, version...) stay: they are what makes a line useful when debugging.
// A server may be stricter on top of this (the lab blanks every query value), never looser.

/** What a redacted value is replaced with, in every server's log. */
export const REDACTION_MASK = '***';
const MASK = REDACTION_MASK;

/** Words that make a parameter secret when they appear in its name (camelCase, snake_case or kebab). */
const SECRET_WORDS = new Set([
  'pass',
  'passwd',
  'password',
  'pwd',
  'pin',
  'pincode',
  'credential',
  'credentials',
  'token',
  'secret',
  'authorization',
  'cookie',
  'alcuserid',
  'subscriptionid',
  // Servlet containers (the O2G is one) may carry the session in a `;jsessionid=` path parameter.
  'jsessionid',
  'sessionid',
  'apikey',
]);

/** True when a parameter or member name names a secret (`password`, `userPin`, `AlcUserId`...). */
export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  const whole = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return SECRET_WORDS.has(whole) || words.some((word) => SECRET_WORDS.has(word) || word.startsWith('passw'));
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// name=value, where the name follows a separator a URL or a log line uses; the value runs to the next one.
const PARAMETER = /([?&;\s]|^)([^=?&;\s/]+)=([^&;?\s#]*)/g;
const SUBSCRIPTION_SEGMENT = /(\/subscriptions\/)[^/?;#\s]+/gi;
const AUTH_SCHEME = /\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+/g;
const JSON_MEMBER = /("([^"\\]{1,64})"\s*:\s*)"(?:[^"\\]|\\.)*"/g;
const JWT = /\beyJ[\w-]*\.[\w-]*\.[\w-]+/g;

/** The log line with every secret value replaced by `***`. Everything else stays as it was. */
export function redactLogLine(line: string): string {
  return line
    .replace(JWT, MASK)
    .replace(SUBSCRIPTION_SEGMENT, `$1${MASK}`)
    .replace(AUTH_SCHEME, `$1 ${MASK}`)
    .replace(JSON_MEMBER, (member, head: string, name: string) =>
      isSecretName(name) ? `${head}"${MASK}"` : member,
    )
    .replace(PARAMETER, (pair, separator: string, name: string) =>
      isSecretName(decoded(name)) ? `${separator}${name}=${MASK}` : pair,
    );
}
