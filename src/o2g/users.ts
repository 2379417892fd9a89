import type { LoginList, User } from './contract/users';
import { loginListSchema, userSchema } from './contract/users';
import { underBase } from './base-url';
import type { O2gHttp, O2gRequest } from './http';

type Options = Pick<O2gRequest, 'signal' | 'credential'>;

/**
 * `GET {base}/logins`: every login of the O2G for an administrator; a user session gets its own only.
 *
 * @param http - the client's HTTP layer
 * @param baseUrl - the session's base URL
 */
export async function listLogins(http: O2gHttp, baseUrl: string, options: Options = {}): Promise<string[]> {
  const answer = await http.request('GET', underBase(baseUrl, '/logins'), loginListSchema, options);
  return answer.data.loginNames satisfies LoginList['loginNames'];
}

/**
 * `GET {base}/users/{loginName}`: a user's names, phone number, devices and voicemail number.
 *
 * @param http - the client's HTTP layer
 * @param baseUrl - the session's base URL
 * @param loginName - the user to read
 */
export async function getUser(
  http: O2gHttp,
  baseUrl: string,
  loginName: string,
  options: Options = {},
): Promise<User> {
  const url = underBase(baseUrl, `/users/${encodeURIComponent(loginName)}`);
  return (await http.request('GET', url, userSchema, options)).data;
}

/** The device a user's calls are made from and answered on: its first device, else its phone number. */
export function mainDeviceOf(user: User): string {
  return user.devices?.[0]?.id ?? user.companyPhone;
}
