// The whole O2G flow through the proxy against the embedded lab: as a plain fetch script (transparent
// root form, its own Cookie header) and as the console in a browser (prefix form, X-O2G-Credential).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../sim/start';
import { startProxy, type RunningProxy } from './start';

type Json = Record<string, unknown>;
const basic = (login: string, password: string) =>
  `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;

let sim: Awaited<ReturnType<typeof startSim>>;
let proxy: RunningProxy;
let simHost: string;
const logLines: string[] = [];

beforeAll(async () => {
  sim = await startSim({ httpPort: 0, httpsPort: 0 });
  simHost = new URL(sim.httpUrl).host;
  proxy = await startProxy({ port: 0, targets: [sim.httpUrl], log: (line) => logLines.push(line) });
});
afterAll(async () => {
  await proxy.close();
  await sim.close();
});

async function json(response: Response): Promise<Json> {
  return (await response.json()) as Json;
}

describe('a plain fetch script through the transparent proxy', () => {
  it('runs discovery, authentication and the session following the URLs it is given', async () => {
    const discovery = await json(await fetch(`${proxy.url}/api/rest`));
    const [version] = discovery.versions as Json[];
    const authenticateUrl = String(version?.publicUrl);
    expect(authenticateUrl).toBe(`${proxy.url}/api/rest/authenticate?version=1.0`);

    const authResponse = await fetch(authenticateUrl, {
      headers: { Authorization: basic('oxe2001', '2001') },
    });
    expect(authResponse.status).toBe(200);
    const auth = await json(authResponse);
    expect(auth.publicUrl).toBe(`${proxy.url}/api/rest/1.0/sessions`);
    expect(auth.internalUrl).toBe(`${proxy.url}/api/rest/1.0/sessions`);
    const cookie = `AlcUserId=${String(auth.credential)}`;

    const opened = await fetch(String(auth.publicUrl), {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ applicationName: 'script' }),
    });
    expect(opened.status).toBe(200);
    const session = await json(opened);
    expect(session.publicBaseUrl).toBe(`${proxy.url}/api/rest/1.0`);
    expect(session.privateBaseUrl).toBe(`${proxy.url}/api/rest/1.0`);

    const keepalive = await fetch(`${String(auth.publicUrl)}/keepalive`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    });
    expect(keepalive.status).toBe(204);
    const closed = await fetch(String(auth.publicUrl), { method: 'DELETE', headers: { Cookie: cookie } });
    expect(closed.status).toBe(204);
    const after = await fetch(String(auth.publicUrl), { headers: { Cookie: cookie } });
    expect(after.status).toBeGreaterThanOrEqual(400);
  });

  it('lets the O2G answer malformed JSON itself', async () => {
    const auth = await json(
      await fetch(`${proxy.url}/api/rest/authenticate?version=1.0`, {
        headers: { Authorization: basic('admin', 'admin') },
      }),
    );
    const response = await fetch(`${proxy.url}/api/rest/1.0/sessions`, {
      method: 'POST',
      headers: { Cookie: `AlcUserId=${String(auth.credential)}`, 'Content-Type': 'application/json' },
      body: '{"applicationName": ',
    });
    expect(response.status).toBe(400);
    expect(await json(response)).toHaveProperty('httpStatus');
  });
});

describe('the console in a browser, through the prefix form', () => {
  const prefix = () => `${proxy.url}/o2g/http/${simHost}`;

  async function signIn(login: string, password: string, origin?: string) {
    const headers: Record<string, string> = {
      Authorization: basic(login, password),
      ...(origin ? { Origin: origin } : {}),
    };
    const response = await fetch(`${prefix()}/api/rest/authenticate?version=1.0`, { headers });
    return { response, body: await json(response) };
  }

  it('keeps every URL in the prefix form and carries the credential from X-O2G-Credential', async () => {
    const discovery = await json(await fetch(`${prefix()}/api/rest`));
    expect((discovery.versions as Json[])[0]?.publicUrl).toBe(
      `${prefix()}/api/rest/authenticate?version=1.0`,
    );

    const { response, body } = await signIn('admin', 'admin', 'http://localhost:5173');
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/Location/);
    expect(body.publicUrl).toBe(`${prefix()}/api/rest/1.0/sessions`);
    const [setCookie] = response.headers.getSetCookie();
    expect(setCookie).toMatch(
      new RegExp(
        `^AlcUserId=[^;]+; Path=/o2g/http/${simHost.replace(/\./g, '\\.')}; HttpOnly; SameSite=Lax$`,
      ),
    );

    const opened = await fetch(String(body.publicUrl), {
      method: 'POST',
      headers: { 'X-O2G-Credential': String(body.credential), 'Content-Type': 'application/json' },
      body: JSON.stringify({ applicationName: 'console' }),
    });
    expect(opened.status).toBe(200);
    expect((await json(opened)).publicBaseUrl).toBe(`${prefix()}/api/rest/1.0`);
  });

  it('keeps the O2G cookie out of a client that declines cookies, as the console does', async () => {
    const response = await fetch(`${prefix()}/api/rest/authenticate?version=1.0`, {
      headers: { Authorization: basic('oxe2003', '2003'), 'X-O2G-Cookies': 'none' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual([]);
    // The credential still reaches the client in the body, for X-O2G-Credential.
    expect(String((await json(response)).credential)).not.toBe('');
  });

  it('also works with the rewritten cookie sent back, as a browser cookie jar does', async () => {
    const { response } = await signIn('oxe2002', '2002');
    const pair = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const opened = await fetch(`${prefix()}/api/rest/1.0/sessions`, {
      method: 'POST',
      headers: { Cookie: pair, 'Content-Type': 'application/json' },
      body: JSON.stringify({ applicationName: 'console' }),
    });
    expect(opened.status).toBe(200);
  });

  it('keeps two sessions to the same O2G apart (the admin in one tab, oxe2001 in another)', async () => {
    const [admin, user] = await Promise.all([signIn('admin', 'admin'), signIn('oxe2001', '2001')]);
    const open = (credential: unknown) =>
      fetch(`${prefix()}/api/rest/1.0/sessions`, {
        method: 'POST',
        headers: { 'X-O2G-Credential': String(credential), 'Content-Type': 'application/json' },
        body: JSON.stringify({ applicationName: 'tab' }),
      }).then(json);
    const [adminSession, userSession] = await Promise.all([
      open(admin.body.credential),
      open(user.body.credential),
    ]);
    expect(adminSession.admin).toBe(true);
    expect(userSession.admin).toBe(false);
    const read = (credential: unknown) =>
      fetch(`${prefix()}/api/rest/1.0/sessions`, {
        headers: { 'X-O2G-Credential': String(credential) },
      }).then(json);
    const again = await Promise.all([
      read(admin.body.credential),
      read(user.body.credential),
      read(admin.body.credential),
    ]);
    expect(again.map((session) => session.admin)).toEqual([true, false, true]);
  });

  it('hands a failed sign-in to the console as the O2G said it, without a Basic challenge', async () => {
    const { response, body } = await signIn('admin', 'wrong');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBeNull();
    expect(body).toMatchObject({ code: 401 });
  });

  it('logs one line per request with no secret in it', () => {
    const lines = logLines.join('\n');
    expect(lines).toMatch(
      new RegExp(
        `GET http://${simHost.replace(/\./g, '\\.')} /api/rest/authenticate\\?version=1\\.0 200 \\d+ms`,
      ),
    );
    expect(lines).not.toMatch(/eyJ|AlcUserId|Basic /);
  });
});
