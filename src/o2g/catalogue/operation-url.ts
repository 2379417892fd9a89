import type { CatalogueOperation } from './types';

/** The names of the `{name}` segments of a path template, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
}

/**
 * The URL of an operation under the session's base URL, with its path parameters filled (each one
 * encoded, so a value cannot add segments unless the parameter spans several) and its non-empty query parameters appended.
 * Missing path values are reported rather than guessed.
 */
export function operationUrl(
  baseUrl: string,
  operation: Pick<CatalogueOperation, 'path' | 'params'>,
  values: Readonly<Record<string, string>>,
): { url: string } | { missing: string[] } {
  const missing = pathParamNames(operation.path).filter((name) => !values[name]?.trim());
  if (missing.length > 0) return { missing };
  const manySegments = new Set(operation.params.filter((p) => p.segments === 'many').map((p) => p.name));
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = (values[name] ?? '').trim();
    // A many-segment parameter keeps its slashes; each segment is still encoded on its own.
    if (!manySegments.has(name)) return encodeURIComponent(value);
    return value
      .split('/')
      .filter((part) => part !== '')
      .map(encodeURIComponent)
      .join('/');
  });
  const query = new URLSearchParams();
  for (const param of operation.params) {
    const value = values[param.name]?.trim();
    if (param.in === 'query' && value) query.append(param.name, value);
  }
  const search = query.toString();
  return { url: `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}` };
}
