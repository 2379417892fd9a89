import { describe, expect, it } from 'vitest';
import {
  EMBEDDED_LAB,
  initialLoginValues,
  normalizeServerUrl,
  serverChoices,
  validateLogin,
} from './login-values';

describe('normalizeServerUrl', () => {
  it.each([
    ['o2g-vlab30.ale-dspp.com', 'https://o2g-vlab30.ale-dspp.com'],
    ['https://o2g-vlab30.ale-dspp.com/api/rest', 'https://o2g-vlab30.ale-dspp.com'],
    ['  http://127.0.0.1:8780  ', 'http://127.0.0.1:8780'],
    ['HTTPS://Lab.Example:8443/', 'https://lab.example:8443'],
  ])('turns %j into %j', (typed, origin) => {
    expect(normalizeServerUrl(typed)).toBe(origin);
  });

  it.each(['', 'ftp://lab.example', 'https://user:pw@lab.example', 'http://', 'javascript:alert(1)'])(
    'refuses %j',
    (typed) => {
      expect(normalizeServerUrl(typed)).toBeUndefined();
    },
  );
});

describe('validateLogin', () => {
  it('accepts the embedded lab with a login and a password', () => {
    const values = { ...initialLoginValues(), loginName: 'admin', password: 'admin' };
    expect(validateLogin(values)).toEqual({});
  });

  it('names every missing field', () => {
    const values = { ...initialLoginValues({ server: 'ftp://x' }), applicationName: ' ' };
    expect(Object.keys(validateLogin(values)).sort()).toEqual([
      'applicationName',
      'loginName',
      'password',
      'server',
    ]);
  });

  it('refuses a login with a colon, which Basic authentication cannot carry', () => {
    const values = { ...initialLoginValues(), loginName: 'ox:e', password: 'x' };
    expect(validateLogin(values).loginName).toMatch(/colon/);
  });

  it('starts on the embedded lab with the remembered login and never a password', () => {
    expect(initialLoginValues({ loginName: 'oxe2001' })).toMatchObject({
      server: EMBEDDED_LAB,
      loginName: 'oxe2001',
      password: '',
    });
  });
});

describe('serverChoices', () => {
  it("offers the embedded lab, then the proxy's --target servers, then recent ones, each server once", () => {
    const vlab = 'https://o2g-vlab30.example.test';
    expect(
      serverChoices([vlab], [`${vlab}/api/rest`, 'https://old.example.test', 'old.example.test', EMBEDDED_LAB]),
    ).toEqual([EMBEDDED_LAB, vlab, 'https://old.example.test']);
  });
});
