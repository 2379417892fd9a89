import { describe, expect, it } from 'vitest';
import { directorySearchUrl } from '../../../o2g/directory';
import { checkDirectorySearch, directoryTargetOf } from './directory-search';

const BASE = 'http://console.test/o2g/https/lab.test/api/rest/1.0';

describe('directory search', () => {
  it('needs a value, a limit from 1 to 100 and, for an administrator, a user', () => {
    const problems = checkDirectorySearch({ operand: ' ', limit: '101' }, { admin: true });
    expect(problems.operand).toBe('Type what to search for.');
    expect(problems.limit).toBe('A number from 1 to 100.');
    expect(problems.actAs).toContain('Act as');
    expect(checkDirectorySearch({ operand: 'Mar', limit: '20' }, { admin: false })).toEqual({});
  });

  it('keeps one search context per user for an administrator', () => {
    expect(directorySearchUrl(directoryTargetOf(BASE, { admin: true, actAs: 'oxe2001' }))).toBe(
      `${BASE}/directory/search?loginName=oxe2001`,
    );
    expect(directorySearchUrl(directoryTargetOf(BASE, { admin: false, actAs: 'oxe2001' }))).toBe(
      `${BASE}/directory/search`,
    );
  });
});
