import { describe, expect, it } from 'vitest';
import { credentialCookie, isCookieValue, rewriteSetCookie } from './cookies';

describe('Set-Cookie rewriting', () => {
  const upstream =
    'AlcUserId=abc.def; Path=/; Domain=o2g.example.com; HttpOnly; Secure; SameSite=None; Max-Age=1800';

  it('scopes the cookie to the upstream prefix on a plain-http client side', () => {
    expect(
      rewriteSetCookie(upstream, {
        path: '/o2g/https/o2g.example.com:443',
        clientSecure: false,
        crossSite: false,
      }),
    ).toBe('AlcUserId=abc.def; Path=/o2g/https/o2g.example.com:443; HttpOnly; Max-Age=1800; SameSite=Lax');
  });

  it('keeps Secure over https and needs SameSite=None for a page on another site', () => {
    expect(rewriteSetCookie(upstream, { path: '/', clientSecure: true, crossSite: false })).toBe(
      'AlcUserId=abc.def; Path=/; HttpOnly; Max-Age=1800; Secure; SameSite=Lax',
    );
    expect(rewriteSetCookie('a=b', { path: '/', clientSecure: true, crossSite: true })).toBe(
      'a=b; Path=/; Secure; SameSite=None',
    );
  });

  it('turns a credential into the AlcUserId cookie and refuses values that could add cookies', () => {
    expect(credentialCookie('eyJ.abc-_x')).toBe('AlcUserId=eyJ.abc-_x');
    expect(isCookieValue('abc; admin=1')).toBe(false);
    expect(isCookieValue('a,b')).toBe(false);
    expect(() => credentialCookie('x y')).toThrow(/cookie value/);
  });
});
