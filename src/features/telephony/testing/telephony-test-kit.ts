import { vi } from 'vitest';
import type { TelephonicState } from '../../../o2g/contract';
import type { O2gClient } from '../../../o2g/client';
import { createO2gClient } from '../../../o2g/client';
import type { O2gHttp } from '../../../o2g/http';

/** A base URL no test reaches: the http layer below answers instead of the network. */
export const BASE = 'http://console.test/o2g/https/lab.test/api/rest/1.0';

const USERS = [
  { loginName: 'oxe2001', companyPhone: '2001', firstName: 'Alice', lastName: 'Martin' },
  { loginName: 'oxe2002', companyPhone: '2002', firstName: 'Bruno', lastName: 'Lefebvre' },
];

export const freeState = (deviceId: string): TelephonicState => ({
  calls: [],
  deviceCapabilities: [],
  userState: 'FREE',
  deviceStates: { deviceStates: [{ deviceId, state: 'IN_SERVICE' }] },
});

type Handler = (method: string, url: string, init?: { json?: unknown }) => unknown;

/**
 * A real O2gClient (its events emitter included) whose http layer answers like the lab for an
 * administrator: two users, both free. `override` answers (or throws) first for the requests it knows.
 */
export function labClient(override?: Handler) {
  const request = vi.fn(async (method: string, url: string, _schema?: unknown, init?: { json?: unknown }) => {
    const custom = override?.(method, url, init);
    if (custom !== undefined)
      return { status: 200, headers: new Headers(), data: await Promise.resolve(custom) };
    const path = url.replace(BASE, '');
    if (path === '/logins') return answer({ loginNames: USERS.map((u) => u.loginName) });
    const user = USERS.find((u) => path === `/users/${u.loginName}`);
    if (user)
      return answer({ ...user, nodeId: '1', devices: [{ type: 'DESKPHONE', id: user.companyPhone }] });
    const state = /\/telephony\/state\?loginName=oxe(\d+)$/.exec(path);
    if (state) return answer(freeState(state[1] ?? ''));
    return answer(undefined, 204);
  });
  const client: O2gClient = { ...createO2gClient(), http: { request } as unknown as O2gHttp };
  return { client, request };
}

function answer(data: unknown, status = 200) {
  return Promise.resolve({ status, headers: new Headers(), data });
}
