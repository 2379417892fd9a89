// The session vault over real HTTP, against the embedded lab behind the proxy: a console sign-in leaves
// the credential in the proxy and an opaque HttpOnly handle in the browser; the handle works only from
// the console's origin with the console's header; the session ends on End session, on a 401 and when
// no console tab is left; transparent clients see no change.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { proxyPrefixOf } from '../../src/o2g/contract';
import { startSim } from '../sim/start';
import { startProxy, type RunningProxy } from './start';
import { rawRequest, type RawResponse } from './testing/client';

type Json = Record<string, unknown>;
const basic = (login: string, password: string) =>
  `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;

let sim: Awaited<ReturnType<typeof startSim>>;
let proxy: RunningProxy;
let idleProxy: RunningProxy;
const logLines: string[] = [];
const seenByBrowser: string[] = [];

beforeAll(async () => {
  sim = await startSim({ httpPort: 0, httpsPort: 0, controls: true });
  const log = (line: string) => logLines.push(line);
  proxy = await startProxy({ port: 0, targets: [sim.httpUrl], log });
  idleProxy = await startProxy({ port: 0, targets: [sim.httpUrl], log, sessionIdleMs: 300 });
});
afterAll(async () => {
  await idleProxy.close();
  await proxy.close();
  await sim.close();
});

/** A request as the console's page makes it: its origin, its header, the handle cookie if it has one. */
async function asConsole(
  base: string,
  path: string,
  init: { method?: string; handle?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<RawResponse> {
  const response = await rawRequest(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Origin: base,
      'Sec-Fetch-Site': 'same-origin',
      'X-O2G-Vault': '1',
      'X-O2G-Cookies': 'none',
      ...(init.handle ? { Cookie: `o2g-console-session=${init.handle}` } : {}),
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  seenByBrowser.push(response.text, JSON.stringify(response.headers));
  return response;
}

const json = (response: RawResponse) => JSON.parse(response.text) as Json;
const prefixOf = () => proxyPrefixOf(sim.httpUrl);

/** Signs in as the console does; returns the handle and the sessions URL. */
async function signIn(base: string, login: string, password: string) {
  const auth = await asConsole(base, `${prefixOf()}/api/rest/authenticate?version=1.0`, {
    headers: { Authorization: basic(login, password) },
  });
  expect(auth.status).toBe(200);
  const setCookie = auth.headers['set-cookie'] ?? [];
  expect(setCookie).toHaveLength(1);
  const handle = /^o2g-console-session=([^;]+)/.exec(setCookie[0] ?? '')?.[1] ?? '';
  const sessionsUrl = String(json(auth).publicUrl);
  const opened = await asConsole(base, new URL(sessionsUrl).pathname, {
    method: 'POST',
    handle,
    body: { applicationName: 'console' },
  });
  expect(opened.status).toBe(200);
  return { handle, auth, sessionsPath: new URL(sessionsUrl).pathname, setCookie: setCookie[0] ?? '' };
}

async function labSessionsOf(login: string): Promise<number> {
  const state = (await (await fetch(`${sim.httpUrl}/__sim/state`)).json()) as {
    users: { loginName: string; sessions: number }[];
  };
  return state.users.find((user) => user.loginName === login)?.sessions ?? 0;
}

async function reveal(base: string, handle: string): Promise<string> {
  const answer = await asConsole(base, '/o2g/__session/credential', { method: 'POST', handle });
  expect(answer.status).toBe(200);
  expect(answer.headers['cache-control']).toBe('no-store');
  return String(json(answer).credential);
}

describe('a console sign-in through the vault', () => {
  it('gets an opaque HttpOnly, SameSite=Strict, host-only handle on /o2g/ and an answer without credential', async () => {
    const { handle, auth, setCookie } = await signIn(proxy.url, 'oxe2001', '2001');
    expect(setCookie).toBe(`o2g-console-session=${handle}; Path=/o2g/; HttpOnly; SameSite=Strict`);
    expect(handle).toMatch(/^[\w-]{43}$/);
    const body = json(auth);
    expect(body).not.toHaveProperty('credential');
    expect(body.publicUrl).toBe(`${proxy.url}${prefixOf()}/api/rest/1.0/sessions`);
    expect(await labSessionsOf('oxe2001')).toBe(1);

    const credential = await reveal(proxy.url, handle);
    expect(credential).not.toBe(handle);
    // Nothing the browser got before the explicit reveal, and no log line, holds the credential.
    expect(seenByBrowser.slice(0, -2).join('\n')).not.toContain(credential);
    expect(logLines.join('\n')).not.toContain(credential);
  });

  it('tells the session facts behind the handle, and nothing secret', async () => {
    const { handle, sessionsPath } = await signIn(proxy.url, 'oxe2002', '2002');
    const answer = await asConsole(proxy.url, '/o2g/__session', { handle });
    expect(answer.status).toBe(200);
    const facts = json(answer);
    expect(facts).toMatchObject({
      origin: sim.httpUrl,
      loginName: 'oxe2002',
      sessionsUrl: `${proxy.url}${sessionsPath}`,
      urlKind: 'public',
      info: { publicBaseUrl: `${proxy.url}${prefixOf()}/api/rest/1.0` },
    });
    expect(Number(facts.expiresAt)).toBeGreaterThan(Number(facts.refreshedAt));
    // Tabs say they are open a fifth of the idle delay apart (default 2 minutes).
    expect(facts.heartbeatMs).toBe(24_000);
    const beat = await asConsole(proxy.url, '/o2g/__session/heartbeat', { method: 'POST', handle });
    expect(beat.status).toBe(200);
    expect(json(beat)).toEqual({ heartbeatMs: 24_000 });
    expect(answer.text).not.toContain(await reveal(proxy.url, handle));
    // The handle carries the session: a keepalive and a service read go up with the vault's credential.
    const keepalive = await asConsole(proxy.url, `${sessionsPath}/keepalive`, { method: 'POST', handle });
    expect(keepalive.status).toBe(204);
    const users = await asConsole(proxy.url, `${prefixOf()}/api/rest/1.0/users/oxe2002`, { handle });
    expect(users.status).toBe(200);
  });

  it('refuses the handle without the header, from another origin, another local port or no browser at all', async () => {
    const { handle } = await signIn(proxy.url, 'oxe2003', '2003');
    const path = `${prefixOf()}/api/rest/1.0/users/oxe2003`;
    const otherPort = `http://127.0.0.1:${Number(new URL(proxy.url).port) + 1}`;
    const refused = [
      await asConsole(proxy.url, path, { handle, headers: { 'X-O2G-Vault': '0' } }),
      await asConsole(proxy.url, path, { handle, headers: { Origin: 'https://evil.example' } }),
      await asConsole(proxy.url, path, {
        handle,
        headers: { Origin: otherPort, 'Sec-Fetch-Site': 'same-site' },
      }),
      await asConsole(proxy.url, path, { handle, headers: { 'Sec-Fetch-Site': 'cross-site' } }),
      await rawRequest(`${proxy.url}${path}`, {
        headers: { Cookie: `o2g-console-session=${handle}`, 'X-O2G-Vault': '1' },
      }),
      await asConsole(proxy.url, '/o2g/__session', { handle, headers: { Origin: otherPort } }),
      await asConsole(proxy.url, '/o2g/__session/credential', {
        method: 'POST',
        handle,
        headers: { Origin: otherPort },
      }),
    ];
    for (const answer of refused) {
      expect(answer.status).toBe(403);
      expect(json(answer).error).toBe('forbidden');
    }
    // Another local port does not pass the preflight the custom header forces.
    const preflight = await rawRequest(`${proxy.url}${path}`, {
      method: 'OPTIONS',
      headers: {
        Origin: otherPort,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'x-o2g-vault',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    // The session itself is untouched by the refusals.
    expect((await asConsole(proxy.url, path, { handle })).status).toBe(200);
  });

  it('ends with End session: the handle is cleared, the vault and the lab forget the session', async () => {
    const { handle, sessionsPath } = await signIn(proxy.url, 'oxe2004', '2004');
    expect(await labSessionsOf('oxe2004')).toBe(1);
    const ended = await asConsole(proxy.url, sessionsPath, { method: 'DELETE', handle });
    expect(ended.status).toBe(204);
    expect(ended.headers['set-cookie']).toEqual([
      'o2g-console-session=; Path=/o2g/; HttpOnly; SameSite=Strict; Max-Age=0',
    ]);
    expect(await labSessionsOf('oxe2004')).toBe(0);
    const after = await asConsole(proxy.url, '/o2g/__session', { handle });
    expect(after.status).toBe(404);
    expect(json(after).error).toBe('no-session');
  });

  it('ends when no console tab is seen for the idle delay: the proxy deletes the O2G session itself', async () => {
    const { handle } = await signIn(idleProxy.url, 'oxe2005', '2005');
    expect(await labSessionsOf('oxe2005')).toBe(1);
    await vi.waitFor(async () => expect(await labSessionsOf('oxe2005')).toBe(0), { timeout: 10_000 });
    expect((await asConsole(idleProxy.url, '/o2g/__session', { handle })).status).toBe(404);
    expect(logLines.some((line) => /session vault: DELETE .*sessions .*204/.test(line))).toBe(true);
  });
});

describe('transparent clients', () => {
  it('still get the credential in the authenticate answer and use their own cookie', async () => {
    const auth = await rawRequest(`${proxy.url}/api/rest/authenticate?version=1.0`, {
      headers: { Authorization: basic('admin', 'admin') },
    });
    expect(auth.status).toBe(200);
    expect(auth.headers['set-cookie']?.join()).not.toContain('o2g-console-session');
    const credential = String(json(auth).credential);
    expect(credential.length).toBeGreaterThan(10);
    const opened = await rawRequest(`${proxy.url}/api/rest/1.0/sessions`, {
      method: 'POST',
      headers: { Cookie: `AlcUserId=${credential}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ applicationName: 'script' }),
    });
    expect(opened.status).toBe(200);
  });
});

describe('a session the O2G no longer knows', () => {
  it('drops the handle on the first 401', async () => {
    const { handle } = await signIn(proxy.url, 'oxe2003', '2003');
    await fetch(`${sim.httpUrl}/__sim/clock/advance`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ seconds: 1800 + 120 }),
    });
    const read = await asConsole(proxy.url, `${prefixOf()}/api/rest/1.0/users/oxe2003`, { handle });
    expect(read.status).toBe(401);
    expect(read.headers['set-cookie']?.[0]).toMatch(/Max-Age=0/);
    expect((await asConsole(proxy.url, '/o2g/__session', { handle })).status).toBe(404);
  });
});
