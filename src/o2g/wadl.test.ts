// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { joinCatalogue, OTHER } from './catalogue/join';
import { parseWadl } from './wadl';

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
      <resource path="park">
        <method name="POST" id="park"/>
      </resource>
    </resource>
    <resource path="sessions"><method name="DELETE" id="closeSession"/></resource>
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
        path: '/telephony/calls/{callRef}/park',
        id: 'park',
        params: [{ name: 'callRef', style: 'template', required: true }],
      },
      { method: 'DELETE', path: '/sessions', id: 'closeSession', params: [] },
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
    const park = telephony?.operations.find(
      (operation) => operation.path === '/telephony/calls/{callRef}/park',
    );
    expect(park).toMatchObject({ source: 'wadl', method: 'POST', summary: 'park', service: 'Telephony' });
    expect(park?.params).toEqual([{ name: 'callRef', in: 'path', required: true }]);

    // A path no session service claims is listed apart, not dropped.
    const other = joined.services.find((service) => service.serviceName === OTHER);
    expect(other?.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual([
      'DELETE /sessions',
    ]);
  });

  it('falls back to the catalogue alone, for the session’s services only, without a WADL', () => {
    const joined = joinCatalogue(CATALOGUE, session, undefined);
    expect(joined.basis).toBe('built-in');
    expect(joined.services.map((service) => service.serviceName)).toEqual(['Routing', 'Telephony']);
    expect(
      joined.services
        .flatMap((service) => service.operations)
        .every((operation) => operation.source === 'catalogue'),
    ).toBe(true);
  });
});
