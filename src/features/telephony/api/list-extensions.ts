import type { PartyInfo } from '../../../o2g/contract';
import { directorySearchResultSchema, loginListSchema, userSchema } from '../../../o2g/contract';
import type { O2gHttp } from '../../../o2g/http';
import type { Extension } from '../model/dial-plan';
import { underBase } from '../../../o2g/base-url';

/** An extension of the lab with what the panel needs to call from it or watch it. */
export interface LabExtension extends Extension {
  loginName: string;
  /** The device calls are made from and answered on. */
  deviceId: string;
  /** The session may watch and drive this extension (its own, or any for an administrator). */
  controllable: boolean;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Administrators: `GET {base}/logins`, then `GET {base}/users/{login}` for each. A user session lists
 * only itself there, so the other extensions (call targets, not watchable) come from a directory search.
 */
export async function listExtensions(
  http: O2gHttp,
  baseUrl: string,
  admin: boolean,
  signal?: AbortSignal,
): Promise<LabExtension[]> {
  const { data: logins } = await http.request('GET', underBase(baseUrl, '/logins'), loginListSchema, {
    signal,
  });
  const users = await Promise.all(
    logins.loginNames.map(async (loginName) => {
      const url = underBase(baseUrl, `/users/${encodeURIComponent(loginName)}`);
      return (await http.request('GET', url, userSchema, { signal })).data;
    }),
  );
  const own: LabExtension[] = users.map((user) => ({
    number: user.companyPhone,
    name: [user.firstName, user.lastName].filter(Boolean).join(' ') || user.loginName,
    loginName: user.loginName,
    deviceId: user.devices?.[0]?.id ?? user.companyPhone,
    controllable: true,
  }));
  if (admin) return own.sort((a, b) => a.number.localeCompare(b.number));
  // The directory only adds call targets: without it the panel still works with the user's own line.
  const contacts = await searchDirectory(http, baseUrl, signal).catch((error: unknown) => {
    if (signal?.aborted) throw error;
    return [];
  });
  const others = contacts
    .filter((contact) => contact.id.loginName && !own.some((o) => o.loginName === contact.id.loginName))
    .map((contact): LabExtension => ({
      number: contact.id.phoneNumber ?? '',
      name: [contact.firstName, contact.lastName].filter(Boolean).join(' ') || (contact.displayName ?? ''),
      loginName: contact.id.loginName ?? '',
      deviceId: contact.id.phoneNumber ?? '',
      controllable: false,
    }))
    .filter((extension) => extension.number !== '');
  return [...own, ...others].sort((a, b) => a.number.localeCompare(b.number));
}

/** Every directory contact with a phone number; the search is asynchronous, so it is polled to the end. */
async function searchDirectory(http: O2gHttp, base: string, signal?: AbortSignal): Promise<PartyInfo[]> {
  const url = underBase(base, '/directory/search');
  await http.request('POST', url, undefined, {
    json: { filter: { field: 'id.phoneNumber', operation: 'BEGIN_WITH', operand: '' }, limit: 100 },
    signal,
  });
  const contacts: PartyInfo[] = [];
  for (let poll = 0; poll < 20; poll += 1) {
    const { data } = await http.request('GET', url, directorySearchResultSchema, { signal });
    contacts.push(...data.resultElements.flatMap((element) => element.contacts));
    if (data.resultCode === 'FINISH' || data.resultCode === 'TIMEOUT') break;
    await wait(300);
  }
  return contacts;
}
