import { findContacts } from '../../../o2g/directory';
import type { O2gHttp } from '../../../o2g/http';
import { getUser, listLogins, mainDeviceOf } from '../../../o2g/users';
import type { Extension } from '../model/dial-plan';

/** An extension of the lab with what the panel needs to call from it or watch it. */
export interface LabExtension extends Extension {
  loginName: string;
  /** The device calls are made from and answered on. */
  deviceId: string;
  /** The session may watch and drive this extension (its own, or any for an administrator). */
  controllable: boolean;
}

/** Every directory entry with a phone number: the lab's extensions a user may call. */
const EVERY_NUMBER = {
  filter: { field: 'id.phoneNumber', operation: 'BEGIN_WITH', operand: '' },
  limit: 100,
} as const;

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
  const logins = await listLogins(http, baseUrl, { signal });
  const users = await Promise.all(logins.map((loginName) => getUser(http, baseUrl, loginName, { signal })));
  const own: LabExtension[] = users.map((user) => ({
    number: user.companyPhone,
    name: [user.firstName, user.lastName].filter(Boolean).join(' ') || user.loginName,
    loginName: user.loginName,
    deviceId: mainDeviceOf(user),
    controllable: true,
  }));
  if (admin) return own.sort((a, b) => a.number.localeCompare(b.number));
  // The directory only adds call targets: without it the panel still works with the user's own line.
  const contacts = await findContacts(http, { baseUrl }, EVERY_NUMBER, { signal }).catch((error: unknown) => {
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
