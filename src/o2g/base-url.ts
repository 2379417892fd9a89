/**
 * The URL of a resource under the session's base URL (`publicBaseUrl` or `privateBaseUrl`, as the O2G
 * returned it): the one way the console appends a service path, whatever trailing slash the base has.
 */
export function underBase(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
