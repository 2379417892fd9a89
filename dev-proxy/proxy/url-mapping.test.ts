import { describe, expect, it } from 'vitest';
import { rewriteEndpointAnswer } from './json-rewrite';
import { DISCOVERY, UpstreamAllowList } from './targets';
import { mapUpstreamUrl, parsePrefixForm, prefixOf, toClientUrl } from './url-mapping';

describe('prefix form', () => {
  it('always names the port', () => {
    expect(prefixOf('https://o2g-vlab30.ale-dspp.com')).toBe('/o2g/https/o2g-vlab30.ale-dspp.com:443');
    expect(prefixOf('http://127.0.0.1:8014')).toBe('/o2g/http/127.0.0.1:8014');
    expect(prefixOf('http://[::1]:8080')).toBe('/o2g/http/[::1]:8080');
  });

  it('reads an origin and the upstream path with its query', () => {
    expect(parsePrefixForm('/o2g/https/o2g.example.com:443/api/rest?x=1')).toEqual({
      origin: 'https://o2g.example.com',
      pathAndQuery: '/api/rest?x=1',
    });
    expect(parsePrefixForm('/o2g/http/127.0.0.1:8014')).toEqual({
      origin: 'http://127.0.0.1:8014',
      pathAndQuery: '/',
    });
    expect(parsePrefixForm('/o2g/http/127.0.0.1:8014?a=b')).toEqual({
      origin: 'http://127.0.0.1:8014',
      pathAndQuery: '/?a=b',
    });
  });

  it('leaves other paths alone and explains malformed prefixes', () => {
    expect(parsePrefixForm('/api/rest')).toBeUndefined();
    expect(parsePrefixForm('/o2g/ftp/host:21/x')).toMatch(/not http or https/);
    expect(parsePrefixForm('/o2g/http/user@evil.com:80/x')).toMatch(/not a host/);
    expect(parsePrefixForm('/o2g/http/evil.com:80:81/x')).toMatch(/not a host/);
    expect(parsePrefixForm('/o2g/http/a:99999/x')).toMatch(/not a host/);
    expect(parsePrefixForm('/o2g/nothing')).toMatch(/write the upstream/);
  });
});

describe('absolute URL mapping', () => {
  const allowList = new UpstreamAllowList(['https://o2g.example.com']);

  it('maps the target to the root form in transparent mode and other ports to the prefix form', () => {
    const view = { clientOrigin: 'http://127.0.0.1:8787', rootOrigin: 'https://o2g.example.com' };
    expect(toClientUrl(new URL('https://o2g.example.com/api/rest/1.0?x=1'), view)).toBe(
      'http://127.0.0.1:8787/api/rest/1.0?x=1',
    );
    expect(
      mapUpstreamUrl('http://o2g.example.com:8014/OTEvents?subscriptionId=abc', allowList, view, 's'),
    ).toBe('http://127.0.0.1:8787/o2g/http/o2g.example.com:8014/OTEvents?subscriptionId=abc');
  });

  it('never maps a URL on another host, nor text that is not an absolute URL', () => {
    const view = { clientOrigin: 'http://127.0.0.1:5173' };
    expect(mapUpstreamUrl('https://evil.example.com/x', allowList, view, 's')).toBe(
      'https://evil.example.com/x',
    );
    expect(mapUpstreamUrl('/api/rest', allowList, view, 's')).toBe('/api/rest');
    expect(mapUpstreamUrl('Chunk started', allowList, view, 's')).toBe('Chunk started');
    expect(allowList.allows('https://evil.example.com')).toBe(false);
  });

  it('rewrites exactly the endpoint fields of discovery, authentication, session and subscription answers', () => {
    const list = new UpstreamAllowList(['https://o2g.example.com']);
    const view = { clientOrigin: 'http://127.0.0.1:5173' };
    const mapper = () => (url: string) => mapUpstreamUrl(url, list, view, DISCOVERY);
    const rewrite = (kind: Parameters<typeof rewriteEndpointAnswer>[1], answer: unknown) =>
      JSON.parse(
        rewriteEndpointAnswer(Buffer.from(JSON.stringify(answer)), kind, mapper).body.toString(),
      ) as unknown;
    const proxied = (url: string) => `http://127.0.0.1:5173/o2g/${url.replace('://', '/')}`;

    const label = 'https://o2g.example.com:9999/typed-by-a-user';
    expect(
      rewrite('discovery', {
        versions: [
          {
            id: '1.0',
            publicUrl: 'https://o2g.example.com/api/rest/authenticate?version=1.0',
            internalUrl: 'http://o2g.example.com/api/rest/authenticate?version=1.0',
            note: label,
          },
        ],
        publicUrl: label,
      }),
    ).toEqual({
      versions: [
        {
          id: '1.0',
          publicUrl: proxied('https://o2g.example.com:443/api/rest/authenticate?version=1.0'),
          internalUrl: proxied('http://o2g.example.com:80/api/rest/authenticate?version=1.0'),
          note: label,
        },
      ],
      publicUrl: label,
    });
    expect(
      rewrite('session', {
        publicBaseUrl: 'https://o2g.example.com/api/rest/1.0',
        privateBaseUrl: 'http://o2g.example.com:80/api/rest/1.0',
        publicPollingUrl: label,
        services: [{ relativeUrl: '/telephony/calls', label }],
      }),
    ).toEqual({
      publicBaseUrl: proxied('https://o2g.example.com:443/api/rest/1.0'),
      privateBaseUrl: proxied('http://o2g.example.com:80/api/rest/1.0'),
      publicPollingUrl: label,
      services: [{ relativeUrl: '/telephony/calls', label }],
    });
    expect(
      rewrite('subscription', {
        publicPollingUrl: 'https://o2g.example.com:8016/OTEvents?subscriptionId=s1',
        privatePollingUrl: 'http://o2g.example.com:8014/OTEvents?subscriptionId=s1',
        other: 'https://elsewhere.example.org/x',
      }),
    ).toEqual({
      publicPollingUrl: proxied('https://o2g.example.com:8016/OTEvents?subscriptionId=s1'),
      privatePollingUrl: proxied('http://o2g.example.com:8014/OTEvents?subscriptionId=s1'),
      other: 'https://elsewhere.example.org/x',
    });
    expect(list.allows('http://o2g.example.com:8014')).toBe(true);
    expect(list.allows('https://o2g.example.com:9999')).toBe(false);
    expect(list.allows('https://elsewhere.example.org')).toBe(false);
  });

  it('passes an answer it cannot read within bounds on byte for byte', () => {
    const list = new UpstreamAllowList(['https://o2g.example.com']);
    const mapper = () => (url: string) => mapUpstreamUrl(url, list, { clientOrigin: 'http://x' }, DISCOVERY);
    for (const text of [
      '{"publicUrl": "https://elsewhere.example.org/a",  "x": 1}',
      `${'['.repeat(100)}${']'.repeat(100)}`,
      `{"publicUrl":"https://o2g.example.com/a","deep":${'{"a":'.repeat(20)}1${'}'.repeat(20)}}`,
      'not json',
      '"https://o2g.example.com/a"',
    ]) {
      const body = Buffer.from(text);
      expect(rewriteEndpointAnswer(body, 'authenticate', mapper).body).toBe(body);
    }
    expect(list.learnedCount).toBe(0);
  });
});
