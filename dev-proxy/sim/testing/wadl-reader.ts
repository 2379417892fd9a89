// Reads the WADL the lab serves the way an importer (Postman, a client generator) walks it.

export interface WadlMethod {
  method: string;
  id: string;
  /** Full path under the resources base, templates as `{name}`. */
  path: string;
  query: string[];
  templates: string[];
}

/** The resources of a WADL: each method with its full path, query and template parameters. */
export function readWadl(xml: string): { base: string; methods: WadlMethod[] } {
  const base = /<resources base="([^"]*)"/.exec(xml)?.[1] ?? '';
  const stack: { path: string; templates: string[] }[] = [];
  const methods: WadlMethod[] = [];
  let current: WadlMethod | undefined;
  for (const [tag] of xml.matchAll(/<\/?(resource|method|param)\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
    if (tag.startsWith('</resource')) stack.pop();
    else if (tag.startsWith('</method')) current = undefined;
    else if (tag.startsWith('<resource')) stack.push({ path: attr('path'), templates: [] });
    else if (tag.startsWith('<method')) {
      current = {
        method: attr('name'),
        id: attr('id'),
        path: stack.map((r) => r.path).join('/'),
        query: [],
        templates: stack.flatMap((r) => r.templates),
      };
      methods.push(current);
    } else if (attr('style') === 'query') current?.query.push(attr('name'));
    else if (attr('style') === 'template') stack.at(-1)?.templates.push(attr('name'));
  }
  return { base, methods };
}
