import { describe, expect, it } from 'vitest';
import { hostNamesOf, isAllowedHost } from '../shared/host-check';
import { pathRefusal } from './refusals';
import { resolveUpstream } from './resolve-upstream';
import { UpstreamAllowList } from './targets';

describe('path refusals', () => {
  it.each([
    ['http://evil.example.com/x', /not an open relay/],
    ['*', /not an open relay/],
    ['/api/../admin', /segments/],
    ['/api/./rest', /segments/],
    ['/o2g/http/127.0.0.1:1/..', /segments/],
    ['/api/%2e%2e/x', /encoded/],
    ['/api/%2E%2e/x', /encoded/],
    ['/o2g/http%2f/evil', /encoded/],
    ['/api%5Cx', /encoded/],
    ['/api\\..\\x', /backslash/],
    ['/api/%zz', /percent-encoding/],
  ])('refuses %s', (rawUrl, why) => {
    expect(pathRefusal(rawUrl)).toMatch(why);
  });

  it('accepts ordinary O2G paths, including encoded query values', () => {
    expect(pathRefusal('/api/rest/authenticate?version=1.0')).toBeUndefined();
    expect(pathRefusal('/OTEvents?subscriptionId=a.b%2Fc')).toBeUndefined();
    expect(pathRefusal('/api/rest/1.0/telephony/calls/a%20b')).toBeUndefined();
  });
});

describe('upstream resolution', () => {
  it('sends root paths to the only target and prefix paths to allowed origins only', () => {
    const one = new UpstreamAllowList(['http://127.0.0.1:8080']);
    const root = resolveUpstream('/api/rest', one);
    expect(root.kind === 'forward' && root.upstreamUrl.href).toBe('http://127.0.0.1:8080/api/rest');
    const prefixed = resolveUpstream('/o2g/http/127.0.0.1:8080/api/rest', one);
    expect(prefixed.kind === 'forward' && prefixed.form).toBe('prefix');
    expect(resolveUpstream('/o2g/http/127.0.0.1:8081/api/rest', one)).toMatchObject({ kind: 'refuse' });
    expect(resolveUpstream('/o2g/http/169.254.169.254:80/latest', one)).toMatchObject({ kind: 'refuse' });
    expect(resolveUpstream('/o2g/http/[fe80::1]:80/x', one)).toMatchObject({ kind: 'refuse' });
    expect(resolveUpstream('/__proxy/other', one)).toMatchObject({ kind: 'refuse' });
  });

  it('keeps a double slash on the target instead of reading it as another host', () => {
    const one = new UpstreamAllowList(['http://127.0.0.1:8080']);
    const resolution = resolveUpstream('//evil.example.com/x', one);
    expect(resolution.kind === 'forward' && resolution.upstreamUrl.origin).toBe('http://127.0.0.1:8080');
  });

  it('asks for a prefix when there are several targets', () => {
    const two = new UpstreamAllowList(['http://127.0.0.1:8080', 'https://o2g.example.com']);
    expect(resolveUpstream('/api/rest', two)).toMatchObject({
      kind: 'refuse',
      message: expect.stringMatching(/several targets/) as unknown,
    });
    expect(resolveUpstream('/o2g/https/o2g.example.com:443/api/rest', two)).toMatchObject({
      kind: 'forward',
    });
  });
});

describe('Host names (DNS rebinding)', () => {
  it('accepts the loopback names, the --host value and the given names, whatever the port', () => {
    const names = hostNamesOf(['0.0.0.0', '192.168.1.20', 'http://console.lab.example:5173', '::1']);
    for (const host of [
      '127.0.0.1:8787',
      'localhost:5173',
      'LOCALHOST',
      '[::1]:8787',
      '127.1:8787',
      '0x7f.0.0.1',
      '192.168.1.20:8787',
      'console.lab.example',
      undefined,
    ])
      expect(isAllowedHost(host, names), String(host)).toBe(true);
  });

  it('refuses rebound names, wildcard addresses and anything that is not a plain host', () => {
    const names = hostNamesOf(['0.0.0.0', '127.1']);
    for (const host of [
      'evil.example.com:8787',
      '127.0.0.1.evil.example.com',
      'localhost.',
      'sub.localhost',
      '0.0.0.0:8787',
      '10.0.0.1',
      'a/b',
      'http://localhost',
      'localhost@evil.example.com',
      'localhost\\evil',
    ])
      expect(isAllowedHost(host, names), host).toBe(false);
  });
});
