import { describe, expect, it } from 'vitest';
import { labUrls } from '../testing/lab';
import { actingAs } from './act-as';
import { directorySearchUrl, findContacts, searchDirectory } from './directory';
import type { O2gExchange } from './http';
import { createO2gHttp } from './http';
import { signIn } from './session';
import { getUser, listLogins, mainDeviceOf } from './users';

/** A session on the shared lab, with every exchange it made kept for the assertions. */
async function open(loginName: string, password: string) {
  const held: { credential?: string } = {};
  const exchanges: O2gExchange[] = [];
  const http = createO2gHttp({
    getCredential: () => held.credential,
    onExchange: (e) => exchanges.push(e),
  });
  const session = await signIn(http, {
    discoveryUrl: labUrls().discoveryUrl,
    loginName,
    password,
    applicationName: 'vitest',
    urlKind: 'public',
  });
  held.credential = session.credential;
  return { http, session, exchanges };
}

const byLastName = (operand: string) =>
  ({ filter: { field: 'lastName', operation: 'BEGIN_WITH', operand }, limit: 20 }) as const;

describe('the act-as rule', () => {
  it('names the user for an administrator only', () => {
    expect(actingAs(true, 'oxe2001')).toBe('oxe2001');
    expect(actingAs(false, 'oxe2001')).toBeUndefined();
    expect(actingAs(true, '')).toBeUndefined();
    expect(directorySearchUrl({ baseUrl: 'https://o2g/api/rest/1.0/', loginName: 'a b' })).toBe(
      'https://o2g/api/rest/1.0/directory/search?loginName=a%20b',
    );
  });
});

describe('directory search on the lab', () => {
  it('yields each poll’s answer until FINISH, the contacts arriving in the batches', async () => {
    const { http, session, exchanges } = await open('oxe2003', '2003');
    const pages = [];
    for await (const page of searchDirectory(http, { baseUrl: session.baseUrl }, byLastName(''), {
      pollIntervalMs: 0,
    })) {
      pages.push(page);
    }
    expect(pages.map((page) => page.resultCode)).toEqual(['NOK', 'OK', 'FINISH']);
    const numbers = pages.flatMap((p) =>
      p.resultElements.flatMap((e) => e.contacts.map((c) => c.id.phoneNumber)),
    );
    expect(numbers).toEqual(expect.arrayContaining(['2001', '2002', '2005']));
    // A finished search leaves nothing to free.
    expect(exchanges.filter((e) => e.method === 'DELETE')).toEqual([]);
  });

  it('frees the O2G’s search context when the caller stops reading early', async () => {
    const { http, session, exchanges } = await open('oxe2003', '2003');
    for await (const page of searchDirectory(http, { baseUrl: session.baseUrl }, byLastName(''), {
      pollIntervalMs: 0,
    })) {
      expect(page.resultCode).toBe('NOK');
      break;
    }
    await expect
      .poll(() => exchanges.filter((e) => e.method === 'DELETE').map((e) => e.status))
      .toEqual([204]);
    // The context is gone: polling it now is refused as the O2G does.
    await expect(
      http.request('GET', directorySearchUrl({ baseUrl: session.baseUrl }), undefined),
    ).rejects.toMatchObject({ failure: 'not-found' });
  });

  it('collects every contact of a finished search, for an administrator acting as a user', async () => {
    const { http, session } = await open('admin', 'admin');
    const contacts = await findContacts(
      http,
      { baseUrl: session.baseUrl, loginName: actingAs(session.info.admin, 'oxe2001') },
      byLastName(''),
      { pollIntervalMs: 0 },
    );
    expect(contacts.length).toBeGreaterThan(0);
  });

  it('stops at once when aborted between polls, and still frees the context', async () => {
    const { http, session, exchanges } = await open('oxe2004', '2004');
    const controller = new AbortController();
    const search = searchDirectory(http, { baseUrl: session.baseUrl }, byLastName(''), {
      signal: controller.signal,
      pollIntervalMs: 60_000,
    });
    expect((await search.next()).value?.resultCode).toBe('NOK');
    const next = search.next();
    controller.abort();
    await expect(next).rejects.toThrow();
    await expect.poll(() => exchanges.some((e) => e.method === 'DELETE' && e.status === 204)).toBe(true);
  });
});

describe('users on the lab', () => {
  it('lists every login for an administrator, only its own for a user, and reads a user', async () => {
    const admin = await open('admin', 'admin');
    expect(await listLogins(admin.http, admin.session.baseUrl)).toEqual(
      expect.arrayContaining(['oxe2001', 'oxe2005']),
    );
    const user = await open('oxe2002', '2002');
    expect(await listLogins(user.http, user.session.baseUrl)).toEqual(['oxe2002']);
    const oxe2002 = await getUser(user.http, user.session.baseUrl, 'oxe2002');
    expect(oxe2002.companyPhone).toBe('2002');
    expect(mainDeviceOf(oxe2002)).toBe('2002');
  });
});
