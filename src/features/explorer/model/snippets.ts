import { upstreamUrl } from '../../../o2g/upstream-url';

/** The environment variable a snippet reads the session's credential from: it never holds the real one. */
export const CREDENTIAL_VARIABLE = 'O2G_CREDENTIAL';

/**
 * Where a snippet sends its request: to the O2G itself, as the SDKs do, or through the console's dev
 * proxy (what the console does; handy when the O2G is not reachable from where the snippet runs).
 * Either way the credential is the AlcUserId cookie: the proxy passes a client's own cookie on.
 */
export type SnippetTarget = 'o2g' | 'proxy';

export interface SnippetRequest {
  method: string;
  /** The URL the console used (through its proxy). */
  url: string;
  body?: unknown;
}

/** The URL a snippet uses for `target`; the console's proxy URL is made absolute on `origin`. */
export function snippetUrl(url: string, origin: string, target: SnippetTarget): string {
  if (target === 'o2g') return upstreamUrl(url, origin);
  // Kept as written (no URL() round trip), so the query is not re-encoded.
  return url.startsWith('/') ? `${origin}${url}` : url;
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The request as a cURL command; the O2G authenticates it by the AlcUserId cookie, from the variable. */
export function curlSnippet(request: SnippetRequest, origin: string, target: SnippetTarget = 'o2g'): string {
  const lines = [`curl -X ${request.method} ${shellQuote(snippetUrl(request.url, origin, target))}`];
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
export function fetchSnippet(request: SnippetRequest, origin: string, target: SnippetTarget = 'o2g'): string {
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
    `const response = await fetch(${JSON.stringify(snippetUrl(request.url, origin, target))}, {`,
    `  method: '${request.method}',`,
    `  headers: {`,
    ...headers,
    `  },`,
    ...body,
    `});`,
    `console.log(response.status, await response.text());`,
  ].join('\n');
}
