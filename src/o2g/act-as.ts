/**
 * The `?loginName=` a request carries: an administrator session names the user it acts for; a user
 * session never names anyone (its requests are about its own login, and the O2G ignores the parameter
 * there). The one place this rule is written, so every service call applies it the same way.
 *
 * @param admin - whether the session is an administrator's
 * @param loginName - the user the request is about
 * @returns the login to put in `?loginName=`, or undefined for none
 */
export function actingAs(admin: boolean, loginName: string | undefined): string | undefined {
  return admin ? loginName || undefined : undefined;
}
