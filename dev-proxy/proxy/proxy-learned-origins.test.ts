// Which answers teach the proxy another origin of the O2G's host, and for how long. Only the fields
// that name O2G endpoints do; text a user wrote (a phone-set key label) is passed on as written and
// teaches nothing; and what a session taught is forgotten when the session ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from './start';
import { sendJson, startHttpUpstream, type TestUpstream } from './testing/upstreams';

let o2g: TestUpstream;
/** Another port of the O2G's host: where the O2G says its sessions live. */
let sessions: TestUpstream;
/** Another port of the same host that no O2G field ever names: must never be reached. */
let bystander: TestUpstream;
let proxy: RunningProxy;

const sessionsUrl = () => `http://127.0.0.1:${sessions.port}/api/rest/1.0/sessions`;
const userText = () => `http://127.0.0.1:${bystander.port}/typed-by-a-user`;

beforeAll(async () => {
  bystander = await startHttpUpstream();
  sessions = await startHttpUpstream((request, response) => {
    if (request.url === '/gone') sendJson(response, 401, { httpStatus: 'UNAUTHORIZED' });
    else if (request.method === 'DELETE') response.writeHead(204).end();
    else sendJson(response, 200, { admin: false, publicBaseUrl: `${sessions.origin}/api/rest/1.0` });
  });
  o2g = await startHttpUpstream((request, response) => {
    const url = request.url ?? '';
    if (url.startsWith('/api/rest/authenticate')) {
      const credential = /name=(\w+)/.exec(url)?.[1] ?? 'c0';
      sendJson(response, 200, { credential, publicUrl: sessionsUrl(), internalUrl: sessionsUrl() });
    } else if (url === '/api/rest/1.0/sessions') {
      // An endpoint answer, with user text beside its endpoint fields.
      sendJson(response, 200, {
        publicBaseUrl: `${o2g.origin}/api/rest/1.0`,
        services: [{ serviceName: 'Telephony', label: userText() }],
      });
    } else {
      // Any other answer: e.g. the keys of a phone set, one labelled by its user.
      sendJson(response, 200, { keys: [{ position: 1, label: userText() }], note: userText() });
    }
  });
  proxy = await startProxy({ port: 0, targets: [o2g.origin], log: () => undefined });
});
afterAll(async () => {
  await proxy.close();
  await Promise.all([o2g.close(), sessions.close(), bystander.close()]);
});

const viaProxy = (url: string) => `${proxy.url}/o2g/http/${url.replace(/^http:\/\//, '')}`;

describe('learned origins', () => {
  it('passes text a user wrote on as written, and it opens nothing', async () => {
    const keys = await fetch(`${proxy.url}/api/rest/1.0/users/oxe2001/phoneSet/keys`);
    expect(await keys.json()).toEqual({ keys: [{ position: 1, label: userText() }], note: userText() });
    const session = await fetch(`${proxy.url}/api/rest/1.0/sessions`, {
      headers: { Cookie: 'AlcUserId=u1' },
    });
    expect(await session.json()).toEqual({
      publicBaseUrl: `${proxy.url}/api/rest/1.0`,
      services: [{ serviceName: 'Telephony', label: userText() }],
    });
    const relayed = await fetch(viaProxy(userText()));
    expect(relayed.status).toBe(403);
    expect(bystander.hits).toEqual([]);
  });

  it('reaches the port an authenticate answer names until that session is deleted', async () => {
    const auth = (await (await fetch(`${proxy.url}/api/rest/authenticate?name=alice`)).json()) as {
      publicUrl: string;
    };
    expect(auth.publicUrl).toBe(viaProxy(sessionsUrl()));
    const asAlice = { headers: { 'X-O2G-Credential': 'alice' } };
    expect((await fetch(auth.publicUrl, { ...asAlice, method: 'POST' })).status).toBe(200);
    // Another session taught the same origin: it stays reachable until that one ends too.
    await fetch(`${proxy.url}/api/rest/authenticate?name=bob`);
    expect((await fetch(auth.publicUrl, { ...asAlice, method: 'DELETE' })).status).toBe(204);
    expect((await fetch(auth.publicUrl, { headers: { Cookie: 'AlcUserId=bob' } })).status).toBe(200);
    expect(
      (await fetch(auth.publicUrl, { headers: { Cookie: 'AlcUserId=bob' }, method: 'DELETE' })).status,
    ).toBe(204);
    const after = await fetch(auth.publicUrl, asAlice);
    expect(after.status).toBe(403);
    expect(await after.json()).toMatchObject({ error: 'forbidden' });
  });

  it('forgets the port when the O2G answers that the session is gone', async () => {
    await fetch(`${proxy.url}/api/rest/authenticate?name=carol`);
    const gone = await fetch(viaProxy(`${sessions.origin}/gone`), {
      headers: { 'X-O2G-Credential': 'carol' },
    });
    expect(gone.status).toBe(401);
    expect((await fetch(viaProxy(sessionsUrl()), { headers: { 'X-O2G-Credential': 'carol' } })).status).toBe(
      403,
    );
    expect(bystander.hits).toEqual([]);
  });
});
