import type { ServiceRoute } from './route-table';

/** The WADL content type Jersey serves. */
export const WADL_MEDIA_TYPE = 'application/vnd.sun.wadl+xml';

interface ResourceNode {
  segment: string;
  children: Map<string, ResourceNode>;
  routes: ServiceRoute[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Fastify's `:name` and `*` become WADL templates; the one wildcard (PBX object paths) is `objectPath`.
function templateName(segment: string): string | undefined {
  if (segment === '*') return 'objectPath';
  return segment.startsWith(':') ? segment.slice(1) : undefined;
}

const wadlSegment = (segment: string) => {
  const name = templateName(segment);
  return name === undefined ? segment : `{${name}}`;
};

function treeOf(routes: readonly ServiceRoute[]): ResourceNode {
  const root: ResourceNode = { segment: '', children: new Map(), routes: [] };
  for (const route of routes) {
    let node = root;
    for (const segment of route.path.split('/').filter((s) => s !== '')) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { segment, children: new Map(), routes: [] }));
      node = child;
    }
    node.routes.push(route);
  }
  return root;
}

/** A method id as Jersey shows a Java method name: the verb, then the path's literal words. */
function methodId(route: ServiceRoute): string {
  const words = route.path
    .split('/')
    .map((s) => templateName(s) ?? s)
    .flatMap((s) => s.split(/[^A-Za-z0-9]+/))
    .filter((w) => w !== '');
  return [route.method.toLowerCase(), ...words.map((w) => w[0]?.toUpperCase() + w.slice(1))].join('');
}

function methodXml(route: ServiceRoute, indent: string): string[] {
  const body = route.method === 'POST' || route.method === 'PUT';
  const params = route.query.map((name) => `${indent}    <param name="${escapeXml(name)}" style="query" type="xs:string"/>`);
  const request = [...params, ...(body ? [`${indent}    <representation mediaType="application/json"/>`] : [])];
  return [
    `${indent}<method name="${route.method}" id="${methodId(route)}">`,
    // Jersey leaves `<request>` out of a method that takes nothing.
    ...(request.length > 0 ? [`${indent}  <request>`, ...request, `${indent}  </request>`] : []),
    `${indent}  <response>`,
    `${indent}    <representation mediaType="application/json"/>`,
    `${indent}  </response>`,
    `${indent}</method>`,
  ];
}

function resourceXml(node: ResourceNode, indent: string): string[] {
  const template = templateName(node.segment);
  return [
    `${indent}<resource path="${escapeXml(wadlSegment(node.segment))}">`,
    ...(template === undefined ? [] : [`${indent}  <param name="${template}" style="template" type="xs:string"/>`]),
    ...node.routes.flatMap((route) => methodXml(route, `${indent}  `)),
    ...[...node.children.values()].flatMap((child) => resourceXml(child, `${indent}  `)),
    `${indent}</resource>`,
  ];
}

/**
 * The WADL of the services, as Jersey writes one: resources nested by path segment, each method with
 * its query parameters and JSON representations, template segments declared where they appear.
 */
export function wadlDocument(routes: readonly ServiceRoute[], base: string): string {
  const root = treeOf(routes);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<application xmlns="http://wadl.dev.java.net/2009/02" xmlns:xs="http://www.w3.org/2001/XMLSchema">',
    '  <doc xmlns:jersey="http://jersey.java.net/" jersey:generatedBy="O2G lab"/>',
    '  <grammars/>',
    `  <resources base="${escapeXml(base)}">`,
    ...[...root.children.values()].flatMap((child) => resourceXml(child, '    ')),
    '  </resources>',
    '</application>',
    '',
  ].join('\n');
}
