import { describe, expect, it } from 'vitest';
import type { ServiceRead } from './read-spec';
import type { ReadUrlResult } from './read-url';
import { buildReadUrl, checkParam, initialValues } from './read-url';
import { COMLOG_READS } from './reads/history-reads';
import { LOGINS_READS, USERS_READS } from './reads/people-reads';
import { STATE_READS } from './reads/telephony-reads';

const BASE = 'http://127.0.0.1:5173/o2g/https/lab:8743/api/rest/1.0/';
const read = (reads: readonly ServiceRead[], id: string) => reads.find((r) => r.id === id)!;
const urlOf = (result: ReadUrlResult) => (result.ok ? result.url : `refused: ${JSON.stringify(result)}`);
const refusalOf = (result: ReadUrlResult) => {
  if (result.ok) throw new Error(`expected a refusal, got ${result.url}`);
  return result;
};

describe('buildReadUrl', () => {
  it('fills the path under the base URL, encoding the value', () => {
    expect(
      urlOf(
        buildReadUrl(BASE, read(USERS_READS, 'user'), { loginName: 'jean.dupont@lab' }, { admin: false }),
      ),
    ).toBe('http://127.0.0.1:5173/o2g/https/lab:8743/api/rest/1.0/users/jean.dupont%40lab');
  });

  it('sends ?loginName= for an administrator and never for a user', () => {
    const state = read(STATE_READS, 'state');
    expect(urlOf(buildReadUrl(BASE, state, {}, { admin: true, actAs: 'oxe2001' }))).toMatch(
      /\/1\.0\/telephony\/state\?loginName=oxe2001$/,
    );
    expect(urlOf(buildReadUrl(BASE, state, {}, { admin: false, actAs: 'oxe2001' }))).toMatch(
      /\/1\.0\/telephony\/state$/,
    );
  });

  it('refuses an administrator read that names no user', () => {
    const refusal = refusalOf(buildReadUrl(BASE, read(STATE_READS, 'state'), {}, { admin: true }));
    expect(refusal.actAs).toContain('Act as');
  });

  it('sends bare flags bare and the others as =true, and leaves unset ones out', () => {
    const logins = read(LOGINS_READS, 'logins');
    expect(
      urlOf(
        buildReadUrl(
          BASE,
          logins,
          { nodeIds: '1;2', onlyACD: 'true', onlyWithExtLogin: '' },
          { admin: true },
        ),
      ),
    ).toMatch(/\/logins\?nodeIds=1%3B2&onlyACD$/);
    const records = read(COMLOG_READS, 'records');
    expect(
      urlOf(
        buildReadUrl(BASE, records, { unanswered: 'true', role: 'CALLEE', limit: '5' }, { admin: false }),
      ),
    ).toMatch(/\/comlog\/records\?role=CALLEE&limit=5&unanswered=true$/);
  });

  it('reports every bad parameter at once, by name', () => {
    const records = read(COMLOG_READS, 'records');
    const refusal = refusalOf(
      buildReadUrl(BASE, records, { afterDate: 'yesterday', limit: '0' }, { admin: false }),
    );
    expect(Object.keys(refusal.errors)).toEqual(['afterDate', 'limit']);
    expect(refusal.errors.afterDate).toContain('ISO-8601');
    expect(refusal.errors.limit).toBe('A whole number above 0.');
    expect(refusal.actAs).toBeUndefined();
  });
});

describe('checkParam', () => {
  const login = read(USERS_READS, 'user').params[0]!;
  it.each([
    ['', 'Login name is required.'],
    ['oxe2001/../sessions', 'One name: no "/", "?", "#" or spaces.'],
    ['oxe2001', undefined],
  ])('%j in a path gives %j', (value, message) => {
    expect(checkParam(login, value)).toBe(message);
  });
});

describe('initialValues', () => {
  it('fills the login fields with the login the page acts as', () => {
    expect(initialValues(read(USERS_READS, 'user'), 'oxe2003')).toEqual({ loginName: 'oxe2003' });
    expect(initialValues(read(USERS_READS, 'user'), undefined)).toEqual({});
  });
});
