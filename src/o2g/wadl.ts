import { underBase } from './base-url';
import { isO2gError } from './errors';
import type { O2gHttp } from './http';

/** One operation an O2G's WADL declares, with its path relative to the session's base URL. */
export interface WadlOperation {
  method: string;
  /** e.g. `/telephony/calls/{callRef}`; regex parts of templates (`{id: .+}`) are dropped. */
  path: string;
  /** The method's `id` (Jersey names it after the Java method), when present. */
  id?: string;
  params: WadlParam[];
}

/** A query or template parameter of a WADL method or of one of its resources. */
export interface WadlParam {
  name: string;
  style: 'query' | 'template';
  required: boolean;
}

/** Where an O2G's WADL lives, relative to the session's base URL (`…/api/rest/1.0`). */
export const WADL_PATH = '/application.wadl';

// The REST API's versioned root; WADL paths are made relative to it.
const API_ROOT = /\/api\/rest\/1\.0(?=\/|$)/;

const childElements = (parent: Element, localName: string): Element[] =>
  [...parent.children].filter((child) => child.localName === localName);

/**
 * A resource path with its templates reduced to their names: `{ callRef : [^/]+ }` and
 * `{id: [0-9]{3}}` become `{callRef}` and `{id}`. Jersey's regexes may hold braces and slashes,
 * so templates are read by depth rather than by a pattern.
 */
export function plainTemplates(path: string): string {
  let out = '';
  for (let index = 0; index < path.length; index++) {
    if (path[index] !== '{') {
      out += path[index];
      continue;
    }
    let depth = 1;
    let end = index + 1;
    for (; end < path.length && depth > 0; end++) {
      if (path[end] === '{') depth++;
      else if (path[end] === '}') depth--;
    }
    const inner = path.slice(index + 1, depth === 0 ? end - 1 : end);
    out += `{${(inner.split(':')[0] ?? '').trim()}}`;
    index = end - 1;
  }
  return out;
}

function joinPath(parent: string, segment: string): string {
  const clean = plainTemplates(segment)
    .replace(/^\/+|\/+$/g, '')
    .replace(/\/{2,}/g, '/');
  return clean ? `${parent.replace(/\/+$/, '')}/${clean}` : parent;
}

function paramsOf(element: Element): WadlParam[] {
  return childElements(element, 'param').flatMap((param) => {
    const style = param.getAttribute('style');
    const name = param.getAttribute('name');
    if (!name || (style !== 'query' && style !== 'template')) return [];
    return [{ name, style, required: style === 'template' || param.getAttribute('required') === 'true' }];
  });
}

/**
 * The operations of a WADL document (the XML Jersey serves as `application.wadl`): every `<method>` of
 * every nested `<resource>`, its path made relative to the REST API's `1.0` root, its query and
 * template parameters gathered from the method's request and from the resources above it.
 * Throws when the text is not a WADL document.
 */
export function parseWadl(xml: string): WadlOperation[] {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const root = document.documentElement;
  if (!root || root.localName !== 'application' || document.getElementsByTagName('parsererror').length > 0) {
    throw new Error('Not a WADL document (no <application> root).');
  }
  const found: WadlOperation[] = [];
  const visit = (resource: Element, parentPath: string, inherited: WadlParam[]) => {
    const path = joinPath(parentPath, resource.getAttribute('path') ?? '');
    const params = [...inherited, ...paramsOf(resource)];
    for (const method of childElements(resource, 'method')) {
      const request = childElements(method, 'request')[0];
      const own = request ? paramsOf(request) : [];
      const all = [...params, ...own].filter(
        (param, index, list) => list.findIndex((other) => other.name === param.name) === index,
      );
      found.push({
        method: (method.getAttribute('name') ?? 'GET').toUpperCase(),
        path: path || '/',
        id: method.getAttribute('id') ?? undefined,
        params: all,
      });
    }
    for (const child of childElements(resource, 'resource')) visit(child, path, params);
  };
  for (const resources of childElements(root, 'resources')) {
    const base = resources.getAttribute('base') ?? '';
    const basePath = base ? new URL(base, 'http://o2g.invalid').pathname : '';
    for (const resource of childElements(resources, 'resource')) visit(resource, basePath, []);
  }
  return found.map((operation) => ({ ...operation, path: relativeToApiRoot(operation.path) }));
}

function relativeToApiRoot(path: string): string {
  const match = API_ROOT.exec(path);
  const relative = match ? path.slice(match.index + match[0].length) : path;
  return relative.startsWith('/') ? relative : `/${relative}`;
}

/**
 * The connected O2G's WADL operations, or `undefined` when it serves no WADL (404): the caller then
 * falls back to the console's own catalogue. Other failures (session gone, O2G down) are thrown.
 * The WADL is XML, so it is read like a file rather than as JSON.
 */
export async function fetchWadl(
  http: O2gHttp,
  baseUrl: string,
  signal?: AbortSignal,
): Promise<WadlOperation[] | undefined> {
  try {
    const answer = await http.requestBlob('GET', underBase(baseUrl, WADL_PATH), { signal });
    return parseWadl(await answer.data.text());
  } catch (error) {
    if (isO2gError(error) && error.status === 404) return undefined;
    throw error;
  }
}
