import { PROXY_PREFIX_ROOT } from '../../../o2g/contract/proxy';

/** The environment variable a snippet reads the session's credential from: it never holds the real one. */
export const CREDENTIAL_VARIABLE = 'O2G_CREDENTIAL';

export interface SnippetRequest {
  method: string;
  /** The URL the console used (through its proxy). */
  url: string;
  body?: unknown;
}

/**
 * The O2G's own URL behind the console's proxy form (`/o2g/<scheme>/<host:port>/…`): a snippet run
 * outside the console talks to the O2G directly, as the SDKs do.
 */
export function o2gUrl(url: string, origin: string): string {
  const path = url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
  const match = path.startsWith(PROXY_PREFIX_ROOT) ? /^\/o2g\/(https?)\/([^/?#]+)(.*)$/.exec(path) : null;
  if (match) return `${match[1]}://${match[2]}${match[3] || '/'}`;
  try {
    return new URL(url, origin).href;
  } catch {
    return url;
  }
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The request as a cURL command; the O2G authenticates it by the AlcUserId cookie, from the variable. */
export function curlSnippet(request: SnippetRequest, origin: string): string {
  const lines = [`curl -X ${request.method} ${shellQuote(o2gUrl(request.url, origin))}`];
  lines.push(`-H 'Accept: application/json'`);
  lines.push(`-H "Cookie: AlcUserId=$${CREDENTIAL_VARIABLE}"`);
  if (request.body !== undefined) {
    lines.push(`-H 'Content-Type: application/json'`);
    lines.push(`--data-raw ${shellQuote(JSON.stringify(request.body))}`);
  }
  return lines.join(' \\\n  ');
}

/**
 * The request as JavaScript `fetch` for Node (a browser cannot set a Cookie header); the credential
 * comes from the environment.
 */
export function fetchSnippet(request: SnippetRequest, origin: string): string {
  const headers = [
    `    Accept: 'application/json',`,
    `    Cookie: \`AlcUserId=\${process.env.${CREDENTIAL_VARIABLE}}\`,`,
    ...(request.body !== undefined ? [`    'Content-Type': 'application/json',`] : []),
  ];
  const body =
    request.body !== undefined
      ? [`  body: JSON.stringify(${JSON.stringify(request.body, null, 2).replace(/\n/g, '\n  ')}),`]
      : [];
  return [
    `const response = await fetch(${JSON.stringify(o2gUrl(request.url, origin))}, {`,
    `  method: '${request.method}',`,
    `  headers: {`,
    ...headers,
    `  },`,
    ...body,
    `});`,
    `console.log(response.status, await response.text());`,
  ].join('\n');
}
