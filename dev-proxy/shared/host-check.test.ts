// The one Host check (DNS rebinding) every dev server uses; the servers' own tests drive it over HTTP.
import { describe, expect, it } from 'vitest';
import { hostNamesOf, isAllowedHost } from './host-check';

describe('the names a server answers to', () => {
  it('adds a --host value in the form Host carries it, unless it is a wildcard', () => {
    expect([...hostNamesOf(['console.lan'])]).toContain('console.lan');
    expect([...hostNamesOf(['::1'])]).toContain('[::1]');
    expect([...hostNamesOf(['fe80::1'])]).toContain('[fe80::1]');
    for (const wildcard of ['0.0.0.0', '::', '[::]']) expect(hostNamesOf([wildcard]).size).toBe(3);
  });

  it('takes the host of a public URL', () => {
    expect([...hostNamesOf(['https://o2g.example.test/o2g'])]).toContain('o2g.example.test');
  });
});

describe('isAllowedHost', () => {
  const names = hostNamesOf(['[fe80::1]', 'Lab.Example.Test']);
  it.each([
    [undefined, true],
    ['', true],
    ['localhost', true],
    ['[::1]', true],
    ['[fe80::1]:8743', true],
    ['lab.example.test', true],
    ['LAB.example.test:443', true],
    // Only the exact loopback names: a resolver outside the browser may send `*.localhost` to DNS.
    ['app.localhost:5173', false],
    ['127.0.0.2:80', false],
    ['evil.example', false],
    ['127.0.0.1.evil.example', false],
    ['localhost:80@evil.example', false],
    ['lab.example.test/x', false],
    ['localhost/x?y=', false],
    ['[::2]', false],
  ])('Host %s accepted: %s', (host, accepted) => {
    expect(isAllowedHost(host, names)).toBe(accepted);
  });

  it('compares names, not ports: a server behind another keeps the browser’s Host', () => {
    expect(isAllowedHost('console.lan:5173', hostNamesOf(['console.lan']))).toBe(true);
    expect(isAllowedHost('console.lan:5173', hostNamesOf(['127.0.0.1']))).toBe(false);
  });
});
