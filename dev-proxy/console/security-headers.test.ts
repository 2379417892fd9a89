// The policies' exact values: a stray wildcard here is a hole in every page the console serves.
import { describe, expect, it } from 'vitest';
import { devSecurityHeaders, PRODUCTION_SECURITY_HEADERS } from './security-headers';

function directives(policy: string | undefined): Map<string, string> {
  return new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources.join(' ')];
    }),
  );
}

describe('security headers', () => {
  it('the built console runs its own scripts only and connects to its own origin only', () => {
    const policy = directives(PRODUCTION_SECURITY_HEADERS['Content-Security-Policy']);
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(PRODUCTION_SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
  });

  it('the dev server adds inline scripts and its own HMR socket, and no other socket', () => {
    const policy = directives(devSecurityHeaders('localhost:5173')['Content-Security-Policy']);
    expect(policy.get('script-src')).toBe("'self' 'unsafe-inline'");
    expect(policy.get('connect-src')).toBe("'self' ws://localhost:5173");
  });

  it('the dev server puts nothing odd from a Host header into its policy', () => {
    const policy = directives(devSecurityHeaders('evil; script-src *')['Content-Security-Policy']);
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self' 'unsafe-inline'");
  });
});
