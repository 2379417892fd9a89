import { describe, expect, it } from 'vitest';
import { serviceUrl } from './service-url';

const BASE = 'http://127.0.0.1:5173/o2g/https/lab:8743/api/rest/1.0';

describe('serviceUrl', () => {
  it.each([
    ['', `${BASE}/users`],
    ['oxe2001', `${BASE}/users/oxe2001`],
    ['/oxe2001', `${BASE}/users/oxe2001`],
    ['?loginName=oxe2001', `${BASE}/users?loginName=oxe2001`],
  ])('appends %j under the service', (typed, url) => {
    expect(serviceUrl(BASE, '/users', typed)).toBe(url);
  });

  it.each(['../sessions', 'a/../../x', 'https://elsewhere.example/', '//elsewhere.example'])(
    'refuses %j, which would leave the service',
    (typed) => {
      expect(serviceUrl(BASE, '/users', typed)).toBeUndefined();
    },
  );
});
