import type { CatalogueOperation } from './types';

/** An operation a request was made to, and the parameter values read back from its URL. */
export interface MatchedRequest<Operation> {
  operation: Operation;
  /** Path parameters by template name, then every query parameter as sent. */
  params: Record<string, string>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^$|()[\]\\]/g, '\\$&');

/** The template as a pattern: one segment per `{name}`, several for a parameter that spans them. */
function templatePattern(operation: Pick<CatalogueOperation, 'path' | 'params'>): RegExp {
  const many = new Set(operation.params.filter((p) => p.segments === 'many').map((p) => p.name));
  const source = operation.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      return many.has(name) ? '(.+?)' : '([^/]+)';
    })
    .join('');
  return new RegExp(`^${source}/?$`);
}

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * The operation a request the console made was for: its method and its URL under the session's base URL
 * (both as the console holds them, through the proxy or not) against each operation's path template.
 * A literal path wins over a template (`/routing/state` is not `/routing/{x}`): the operation whose
 * template has the fewest parameters is taken. Undefined for a URL outside the base URL or no operation.
 */
export function matchRequest<Operation extends Pick<CatalogueOperation, 'method' | 'path' | 'params'>>(
  operations: readonly Operation[],
  baseUrl: string,
  method: string,
  url: string,
  origin: string,
): MatchedRequest<Operation> | undefined {
  let base: URL;
  let target: URL;
  try {
    base = new URL(baseUrl, origin);
    target = new URL(url, origin);
  } catch {
    return undefined;
  }
  const basePath = base.pathname.replace(/\/+$/, '');
  if (target.origin !== base.origin || !target.pathname.startsWith(`${basePath}/`)) return undefined;
  const path = target.pathname.slice(basePath.length);
  let best: { operation: Operation; values: string[] } | undefined;
  for (const operation of operations) {
    if (operation.method !== method.toUpperCase()) continue;
    const found = templatePattern(operation).exec(path);
    if (!found) continue;
    const values = found.slice(1).map((value) => decode(value ?? ''));
    if (!best || values.length < best.values.length) best = { operation, values };
  }
  if (!best) return undefined;
  const names = [...best.operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const params: Record<string, string> = Object.fromEntries(names.map((name, i) => [name, best.values[i] ?? '']));
  for (const [name, value] of target.searchParams) params[name] = value;
  return { operation: best.operation, params };
}
