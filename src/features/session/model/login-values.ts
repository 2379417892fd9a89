/** What the sign-in form collects. The password lives only in the form and the authenticate request. */
export interface LoginValues {
  /** `EMBEDDED_LAB`, or the address of a real O2G such as https://o2g-vlab30.ale-dspp.com */
  server: string;
  loginName: string;
  password: string;
  applicationName: string;
  /** Which of the O2G's URL families to follow: the public ones, or the internal ones on a LAN. */
  urlKind: 'public' | 'internal';
}

export type LoginErrors = Partial<Record<keyof LoginValues, string>>;

/** The label of the simulated lab that ships with the console. */
export const EMBEDDED_LAB = 'Embedded lab';

export const DEFAULT_APPLICATION_NAME = 'O2G-Console';

/** The form's starting values: what was remembered (never a password), or a lab account picked from the list. */
export function initialLoginValues(preset?: Partial<LoginValues>): LoginValues {
  return {
    server: preset?.server ?? EMBEDDED_LAB,
    loginName: preset?.loginName ?? '',
    password: preset?.password ?? '',
    applicationName: preset?.applicationName ?? DEFAULT_APPLICATION_NAME,
    urlKind: preset?.urlKind ?? 'public',
  };
}

/**
 * Turns what a person typed into an O2G origin: a bare host name gets https (O2G serves HTTPS),
 * and a trailing path such as /api/rest is dropped since discovery always starts at the origin.
 * Returns undefined for anything that is not an http(s) address.
 */
export function normalizeServerUrl(typed: string): string | undefined {
  const text = typed.trim();
  if (!text) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.hostname || url.username || url.password) return undefined;
  return url.origin;
}

/**
 * What the server picker offers: the embedded lab, then the proxy's servers, then recent ones, each once
 * (an address typed with a path or without a scheme is the same server as its origin).
 */
export function serverChoices(proxyServers: readonly string[], recentServers: readonly string[]): string[] {
  const seen = new Set<string>();
  return [EMBEDDED_LAB, ...proxyServers, ...recentServers].filter((server) => {
    const key = server === EMBEDDED_LAB ? server : (normalizeServerUrl(server) ?? server);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function validateLogin(values: LoginValues): LoginErrors {
  const errors: LoginErrors = {};
  if (values.server.trim() !== EMBEDDED_LAB && !normalizeServerUrl(values.server)) {
    errors.server =
      'Choose the embedded lab or type an http(s) address, e.g. https://o2g-vlab30.ale-dspp.com';
  }
  if (!values.loginName.trim()) errors.loginName = 'Enter your O2G login';
  else if (/[\s:]/.test(values.loginName.trim())) errors.loginName = 'A login has no spaces or colons';
  if (!values.password) errors.password = 'Enter your password';
  if (!values.applicationName.trim()) errors.applicationName = 'Name the application the O2G will see';
  return errors;
}
