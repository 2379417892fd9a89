// A whole console session through the proxy, with every kind of secret O2G has: passwords in Basic
// auth and in bodies, the credential as header and cookie, a subscriptionId that opens the event
// channel by itself, a mailbox password, a password in a query. No log line holds any of them.
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLab } from '../sim/labs/load-lab';
import { ManualClock } from '../sim/model/clock';
import { World } from '../sim/model/world';
import { createSimApp } from '../sim/server';
import { startProxy, type RunningProxy } from './start';

const SECRET = {
  userPassword: 'Pw-User-S3cret',
  adminPassword: 'Pw-Admin-S3cret',
  wrongPassword: 'Pw-Wrong-S3cret',
  newPassword: 'Pw-New-S3cret',
  mailboxPassword: '918273645',
  queryPassword: 'Pw-Query-S3cret',
};

const logLines: string[] = [];
let lab: FastifyInstance;
let proxy: RunningProxy;
let origin: string;

beforeAll(async () => {
  const standard = loadLab();
  const world = new World(
    {
      ...standard,
      administrators: standard.administrators.map((admin) => ({ ...admin, password: SECRET.adminPassword })),
      users: standard.users.map((user) => ({
        ...user,
        password: SECRET.userPassword,
        ...(user.mailbox && { mailbox: { ...user.mailbox, password: SECRET.mailboxPassword } }),
      })),
    },
    new ManualClock(),
  );
  lab = createSimApp(world);
  await lab.listen({ host: '127.0.0.1', port: 0 });
  const labOrigin = `http://127.0.0.1:${(lab.server.address() as AddressInfo).port}`;
  proxy = await startProxy({ port: 0, targets: [labOrigin], log: (line) => logLines.push(line) });
  // The prefix form, as the console uses it.
  origin = `${proxy.url}/o2g/http/${new URL(labOrigin).host}`;
});
afterAll(async () => {
  await proxy.close();
  await lab.close();
});

const basic = (login: string, password: string) =>
  `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;

async function signIn(login: string, password: string) {
  const auth = (await (
    await fetch(`${origin}/api/rest/authenticate?version=1.0`, {
      headers: { Authorization: basic(login, password) },
    })
  ).json()) as { credential: string; publicUrl: string };
  const opened = await fetch(auth.publicUrl, {
    method: 'POST',
    headers: { 'X-O2G-Credential': auth.credential, 'Content-Type': 'application/json' },
    body: JSON.stringify({ applicationName: 'redaction' }),
  });
  const { publicBaseUrl } = (await opened.json()) as { publicBaseUrl: string };
  return { credential: auth.credential, sessionsUrl: auth.publicUrl, base: publicBaseUrl };
}

describe('the proxy log', () => {
  it('names every request of a full session and holds none of its secrets', async () => {
    await fetch(`${origin}/api/rest`);
    const refused = await fetch(`${origin}/api/rest/authenticate?version=1.0`, {
      headers: { Authorization: basic('oxe2001', SECRET.wrongPassword) },
    });
    expect(refused.status).toBe(401);
    const admin = await signIn('admin', SECRET.adminPassword);
    const user = await signIn('oxe2001', SECRET.userPassword);
    // Scripts and SDKs send the credential as the cookie itself.
    const asUser = (path: string, init: RequestInit = {}) =>
      fetch(`${user.base}${path}`, {
        ...init,
        headers: {
          Cookie: `AlcUserId=${user.credential}`,
          'Content-Type': 'application/json',
          ...init.headers,
        },
      });

    const subscription = (await (
      await asUser('/subscriptions', {
        method: 'POST',
        body: JSON.stringify({ filter: { selectors: [{ names: ['telephony'] }] } }),
      })
    ).json()) as { subscriptionId: string; publicPollingUrl: string };
    const abort = new AbortController();
    const channel = await fetch(subscription.publicPollingUrl, { method: 'POST', signal: abort.signal });
    expect(channel.status).toBe(200);
    abort.abort();
    expect((await asUser(`/subscriptions/${subscription.subscriptionId}`, { method: 'DELETE' })).status).toBe(
      204,
    );

    expect(
      (
        await asUser('/messaging/mailboxes/2001', {
          method: 'POST',
          body: JSON.stringify({ password: SECRET.mailboxPassword }),
        })
      ).status,
    ).toBe(200);
    await asUser(`/messaging/mailboxes/2001?password=${SECRET.queryPassword}&withUserPwd`, {
      method: 'POST',
    });
    await asUser(`/eventSummary?credential=${user.credential}&AlcUserId=${user.credential}`);
    expect(
      (
        await asUser('/users/oxe2001/password', {
          method: 'PUT',
          body: JSON.stringify({ oldPassword: SECRET.userPassword, newPassword: SECRET.newPassword }),
        })
      ).status,
    ).toBe(204);
    await fetch(`${admin.base}/system/status`, { headers: { 'X-O2G-Credential': admin.credential } });
    await fetch(`${user.sessionsUrl}/keepalive`, {
      method: 'POST',
      headers: { 'X-O2G-Credential': user.credential },
    });
    await fetch(user.sessionsUrl, { method: 'DELETE', headers: { 'X-O2G-Credential': user.credential } });
    // Every request is logged once its answer ends: wait for the last one's line before reading the log.
    await vi.waitFor(() => expect(logLines.join('\n')).toMatch(/DELETE \S+ \/api\/rest\/1\.0\/sessions 204/));

    const log = logLines.join('\n');
    // The log did see the session, secrets aside.
    expect(logLines.length).toBeGreaterThanOrEqual(14);
    expect(log).toMatch(/\/OTEvents\?subscriptionId=\*\*\* 200/);
    expect(log).toMatch(/DELETE \S+ \/api\/rest\/1\.0\/subscriptions\/\*\*\* 204/);
    expect(log).toMatch(/\/messaging\/mailboxes\/2001\?password=\*\*\*&withUserPwd 200/);
    const secrets = [
      ...Object.values(SECRET),
      user.credential,
      admin.credential,
      subscription.subscriptionId,
      ...[SECRET.userPassword, SECRET.adminPassword, SECRET.wrongPassword].map((p) =>
        basic('oxe2001', p).slice(6),
      ),
      basic('admin', SECRET.adminPassword).slice(6),
    ];
    for (const secret of secrets) {
      expect(log).not.toContain(secret);
      expect(log).not.toContain(encodeURIComponent(secret));
    }
    // The subscriptionId's random tail alone would still open the channel: it is nowhere either.
    expect(log).not.toContain(subscription.subscriptionId.split('.').pop());
  });
});
