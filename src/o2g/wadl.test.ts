// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { joinCatalogue, OTHER } from './catalogue/join';
import { parseWadl, plainTemplates } from './wadl';

// A small Jersey-style WADL: nested resources, a template with a regex, query params on the request.
const WADL = `<?xml version="1.0" encoding="UTF-8"?>
<application xmlns="http://wadl.dev.java.net/2009/02">
  <resources base="https://o2g.example/api/rest/1.0/">
    <resource path="routing">
      <method name="GET" id="getCapabilities">
        <request><param name="loginName" style="query" type="xs:string"/></request>
      </method>
      <resource path="dnd">
        <method name="POST" id="activateDnd">
          <request><param name="loginName" style="query"/></request>
        </method>
      </resource>
    </resource>
    <resource path="/telephony/calls/{callRef: [^/]+}">
      <param name="callRef" style="template"/>
      <method name="DELETE" id="release">
        <request><param name="loginName" style="query"/><param name="reason" style="query"/></request>
      </method>
      <resource path="mute">
        <method name="POST" id="mute"/>
      </resource>
    </resource>
    <resource path="licenses"><method name="GET" id="getLicenses"/></resource>
  </resources>
</application>`;

describe('parseWadl', () => {
  it('reads every method of nested resources, relative to the 1.0 root, with their parameters', () => {
    expect(parseWadl(WADL)).toEqual([
      {
        method: 'GET',
        path: '/routing',
        id: 'getCapabilities',
        params: [{ name: 'loginName', style: 'query', required: false }],
      },
      {
        method: 'POST',
        path: '/routing/dnd',
        id: 'activateDnd',
        params: [{ name: 'loginName', style: 'query', required: false }],
      },
      {
        method: 'DELETE',
        path: '/telephony/calls/{callRef}',
        id: 'release',
        params: [
          { name: 'callRef', style: 'template', required: true },
          { name: 'loginName', style: 'query', required: false },
          { name: 'reason', style: 'query', required: false },
        ],
      },
      {
        method: 'POST',
        path: '/telephony/calls/{callRef}/mute',
        id: 'mute',
        params: [{ name: 'callRef', style: 'template', required: true }],
      },
      { method: 'GET', path: '/licenses', id: 'getLicenses', params: [] },
    ]);
  });

  it('reduces templates to their names, regexes with braces or slashes included', () => {
    expect(plainTemplates('calls/{ callRef : [^/]+ }/x')).toBe('calls/{callRef}/x');
    expect(plainTemplates('{id: [0-9]{3}}/{path: .+}')).toBe('{id}/{path}');
    const nested = `<application xmlns="http://wadl.dev.java.net/2009/02"><resources base="/api/rest/1.0/">
      <resource path="pbxs/{nodeId: [0-9]{1,3}}//instances/{objectPath: .+}/"><method name="GET"/></resource>
    </resources></application>`;
    expect(parseWadl(nested).map((operation) => operation.path)).toEqual([
      '/pbxs/{nodeId}/instances/{objectPath}',
    ]);
  });

  it('refuses a document that is not a WADL', () => {
    expect(() => parseWadl('<html><body>Not found</body></html>')).toThrow(/Not a WADL/);
    expect(() => parseWadl('not xml at all')).toThrow(/Not a WADL/);
  });
});

describe('joinCatalogue', () => {
  const session = [
    { serviceName: 'Routing', relativeUrl: '/routing' },
    { serviceName: 'Telephony', relativeUrl: '/telephony/calls' },
  ];

  it('marks operations both sides know, keeps the catalogue ones and adds the WADL-only ones', () => {
    const joined = joinCatalogue(CATALOGUE, session, parseWadl(WADL));
    expect(joined.basis).toBe('wadl');
    const routing = joined.services.find((service) => service.serviceName === 'Routing');
    expect(routing?.operations.find((operation) => operation.id === 'routing.activateDnd')?.source).toBe(
      'both',
    );
    expect(routing?.operations.find((operation) => operation.id === 'routing.getState')?.source).toBe(
      'catalogue',
    );

    const telephony = joined.services.find((service) => service.serviceName === 'Telephony');
    const release = telephony?.operations.find((operation) => operation.id === 'telephony.release');
    expect(release?.source).toBe('both');
    expect(release?.params.map((param) => param.name)).toEqual(['callRef', 'loginName', 'reason']);
    const mute = telephony?.operations.find(
      (operation) => operation.path === '/telephony/calls/{callRef}/mute',
    );
    expect(mute).toMatchObject({ source: 'wadl', method: 'POST', summary: 'mute', service: 'Telephony' });
    expect(mute?.params).toEqual([{ name: 'callRef', in: 'path', required: true }]);

    // A path no session service claims is listed apart, not dropped.
    const other = joined.services.find((service) => service.serviceName === OTHER);
    expect(other?.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual([
      'GET /licenses',
    ]);
  });

  it('falls back to the catalogue alone, for the session’s services only, without a WADL', () => {
    const joined = joinCatalogue(CATALOGUE, session, undefined);
    expect(joined.basis).toBe('built-in');
    // Sessions is in every session without being listed.
    expect(joined.services.map((service) => service.serviceName)).toEqual([
      'Routing',
      'Telephony',
      'Sessions',
    ]);
    expect(
      joined.services
        .flatMap((service) => service.operations)
        .every((operation) => operation.source === 'catalogue'),
    ).toBe(true);
  });
});
