import type { O2gExchange } from '../../../o2g/http';
import { redactForExport } from './export-redaction';
import { shellQuote, shellQuoteWithVariables } from './shell-quote';
import { upstreamUrl } from '../../../o2g/upstream-url';

/** Environment variables the command reads its secrets from: nothing secret is ever written into it. */
export const CURL_VARIABLES = {
  credential: 'O2G_CREDENTIAL',
  login: 'O2G_LOGIN',
  password: 'O2G_PASSWORD',
} as const;

/**
 * Headers the command leaves out or replaces: secrets become placeholders, the X-O2G-* headers speak to
 * the console's proxy only (the O2G itself wants the AlcUserId cookie), and curl sets Host and
 * Content-Length itself.
 */
const LEFT_OUT = new Set([
  'authorization',
  'cookie',
  'x-o2g-credential',
  'x-o2g-cookies',
  'x-o2g-vault',
  'host',
  'content-length',
]);

export interface CurlCommand {
  text: string;
  /** The variables the command expects to be set, e.g. `O2G_CREDENTIAL`. */
  variables: string[];
}

/**
 * The exchange as a cURL command to the O2G itself (not the console's proxy), one option per line.
 * The AlcUserId credential and the Basic login/password appear only as `$VARIABLE` placeholders.
 */
export function curlCommand(exchange: O2gExchange, origin: string): CurlCommand {
  const safe = redactForExport(exchange);
  const headers = safe.requestHeaders;
  const lines = [`curl -X ${shellQuote(safe.method)} ${shellQuote(upstreamUrl(safe.url, origin))}`];
  const variables: string[] = [];

  for (const [name, value] of Object.entries(headers)) {
    if (!LEFT_OUT.has(name)) lines.push(`-H ${shellQuote(`${headerCase(name)}: ${value}`)}`);
  }
  if (headers.authorization !== undefined) {
    const { login, password } = CURL_VARIABLES;
    variables.push(login, password);
    lines.push(`-u ${shellQuoteWithVariables(`$${login}:$${password}`, [login, password])}`);
  } else if (headers['x-o2g-credential'] !== undefined || headers.cookie !== undefined) {
    const { credential } = CURL_VARIABLES;
    variables.push(credential);
    lines.push(`-H ${shellQuoteWithVariables(`Cookie: AlcUserId=$${credential}`, [credential])}`);
  }
  if (safe.requestBody !== undefined && safe.requestBody !== '') {
    lines.push(`--data-raw ${shellQuote(safe.requestBody)}`);
  }
  return { text: lines.join(' \\\n  '), variables };
}

/**
 * The command with the real credential in place of its placeholder, after the user asked for it
 * ("reveal credential"). Never stored: the caller copies it and lets it go.
 */
export function withRevealedCredential(command: CurlCommand, credential: string): CurlCommand {
  const placeholder = `$${CURL_VARIABLES.credential}`;
  return {
    text: command.text.split(placeholder).join(credential),
    variables: command.variables.filter((name) => name !== CURL_VARIABLES.credential),
  };
}

/** `content-type` → `Content-Type`: how people write headers, though HTTP does not care. */
function headerCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`);
}
