// What the lab writes about itself (its request log, its start banner) never shows a credential, a
// lab file's password, a subscription id or a query value.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSimCli, type SimCliIo } from '../cli';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import { World } from '../model/world';
import { createSimApp } from '../server';
import { openTestSession } from '../testing/o2g-session';
import { basic, listenOnFreePort } from '../testing/sim-http';
import { redactUrl } from './log-redaction';

describe('redactUrl', () => {
  it.each([
    ['/api/rest/1.0/telephony/calls', '/api/rest/1.0/telephony/calls'],
    ['/api/rest/1.0/routing/state?loginName=oxe2001', '/api/rest/1.0/routing/state?loginName=***'],
    ['/OTEvents?subscriptionId=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc&x', '/OTEvents?subscriptionId=***&x'],
    ['/api/rest/1.0/subscriptions/eyJhbGciOiJIUzI1NiJ9.eyJzdWIi.abcdef', '/api/rest/1.0/subscriptions/***'],
    ['/api/rest/1.0/subscriptions/s-1', '/api/rest/1.0/subscriptions/***'],
    ['/api/rest/1.0/sessions;jsessionid=ABC123', '/api/rest/1.0/sessions;jsessionid=***'],
    ['/api/rest/1.0/users/dGhpcy1pcy1hLWxvbmctbGFiLWlk/x', '/api/rest/1.0/users/***/x'],
  ])('%s → %s', (url, logged) => expect(redactUrl(url)).toBe(logged));
});

describe('the request log', () => {
  it('names each request by method and redacted URL, without cookies, ids or query values', async () => {
    const lines: string[] = [];
    const world = new World(loadLab(), new ManualClock());
    const app = createSimApp(world, { logger: { stream: { write: (line) => lines.push(line) } } });
    try {
      const origin = await listenOnFreePort(app);
      const alice = await openTestSession(origin, 'oxe2001', '2001');
      const subscribed = await alice.send('POST', '/subscriptions', {
        filter: { selectors: [{ names: ['telephony'] }] },
      });
      const { subscriptionId } = (await subscribed.json()) as { subscriptionId: string };
      await alice.send('GET', '/routing/state?loginName=oxe2001');
      await alice.send('DELETE', `/subscriptions/${encodeURIComponent(subscriptionId)}`);
      await fetch(`${origin}/OTEvents?subscriptionId=${encodeURIComponent(subscriptionId)}`);
      await fetch(`${origin}/api/rest/authenticate?version=1.0`, {
        headers: { Authorization: basic('oxe2002', 'hunter2-secret') },
      });

      const log = lines.join('');
      expect(log).toContain('/api/rest/1.0/subscriptions/***');
      expect(log).toContain('/OTEvents?subscriptionId=***');
      const credential = alice.cookie.replace('AlcUserId=', '');
      for (const secret of [
        subscriptionId,
        encodeURIComponent(subscriptionId),
        credential,
        'oxe2001',
        'hunter2',
      ])
        expect(log).not.toContain(secret);
    } finally {
      await app.close();
    }
  });
});

describe('the start banner', () => {
  it("prints a pointer to the lab file instead of its passwords", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-'));
    const lab = JSON.parse(JSON.stringify(loadLab())) as {
      administrators: { password: string }[];
      users: { password: string; mailbox?: { password: string } }[];
    };
    lab.administrators[0]!.password = 'Adm1n-Secret';
    lab.users[0]!.password = 'Alice-Secret';
    lab.users[0]!.mailbox = { password: '987654' };
    const file = join(dir, 'lab.json');
    writeFileSync(file, JSON.stringify(lab));

    const out: string[] = [];
    const io: SimCliIo = { env: {}, out: (line) => out.push(line), err: (line) => out.push(line) };
    const outcome = await runSimCli(['--http-port', '0', '--https-port', '0', '--lab', file], io);
    try {
      const printed = out.join('\n');
      expect(printed).toMatch(/oxe2001 \/ \(see the lab file\)/);
      for (const secret of ['Adm1n-Secret', 'Alice-Secret', '987654']) expect(printed).not.toContain(secret);
    } finally {
      await outcome.sim?.close();
    }
  });
});
