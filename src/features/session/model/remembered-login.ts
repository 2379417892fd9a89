/**
 * What the sign-in page remembers between visits: the last server and login, and recent servers.
 * Never the password, never the credential: this is the only thing the console writes to web storage.
 */
export interface RememberedLogin {
  server?: string;
  loginName?: string;
  recentServers: string[];
}

const KEY = 'o2g-console.remembered-login';
const MAX_RECENT = 5;

export function readRememberedLogin(storage: Storage = localStorage): RememberedLogin {
  try {
    const parsed = JSON.parse(storage.getItem(KEY) ?? '{}') as Partial<RememberedLogin>;
    return {
      server: typeof parsed.server === 'string' ? parsed.server : undefined,
      loginName: typeof parsed.loginName === 'string' ? parsed.loginName : undefined,
      recentServers: Array.isArray(parsed.recentServers)
        ? parsed.recentServers.filter((item): item is string => typeof item === 'string').slice(0, MAX_RECENT)
        : [],
    };
  } catch {
    // Corrupt or unavailable storage: start fresh rather than fail the sign-in page.
    return { recentServers: [] };
  }
}

export function rememberLogin(server: string, loginName: string, storage: Storage = localStorage): void {
  const previous = readRememberedLogin(storage);
  const recentServers = [server, ...previous.recentServers.filter((item) => item !== server)].slice(
    0,
    MAX_RECENT,
  );
  try {
    storage.setItem(KEY, JSON.stringify({ server, loginName, recentServers } satisfies RememberedLogin));
  } catch {
    // Private mode or a full quota: remembering is a convenience, never a reason to fail.
  }
}
