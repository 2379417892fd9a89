import { underBase } from '../../../o2g/base-url';

/**
 * Joins the session's base URL, a service's relative URL and a path typed by a person. The typed part
 * may not climb out of the service (`..`) or name another origin: the console only builds URLs under
 * the base URL the O2G gave it.
 */
export function serviceUrl(baseUrl: string, relativeUrl: string, typed: string): string | undefined {
  const trimmed = typed.trim();
  if (/(^|\/)\.\.(\/|$|\?)/.test(trimmed) || /^[a-z]+:/i.test(trimmed) || trimmed.startsWith('//'))
    return undefined;
  const suffix =
    trimmed === '' ? '' : trimmed.startsWith('/') || trimmed.startsWith('?') ? trimmed : `/${trimmed}`;
  return underBase(baseUrl, `${relativeUrl}${suffix}`);
}
