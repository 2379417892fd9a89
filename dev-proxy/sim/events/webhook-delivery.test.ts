// Web-hook subscriptions as the node SDK makes them (`webHookUrl` instead of `timeout`): each event is
// POSTed to a real receiver; only loopback and the hosts named at start may be targets.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { subscriptionAnswerSchema } from '../../../src/o2g/contract';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import { World } from '../model/world';
import { createSimApp } from '../server';
import { openTestSession, type TestSession } from '../testing/o2g-session';
import { expectO2gError, startServicesLab, type ServicesLab } from '../testing/services-lab';
import { listenOnFreePort } from '../testing/sim-http';
import { startWebHookReceiver, type WebHookReceiver } from '../testing/webhook-receiver';
import { webHookDeliveryOf } from './webhook-delivery';

let lab: ServicesLab;
let receiver: WebHookReceiver;
let admin: TestSession;
beforeAll(async () => {
  lab = await startServicesLab({ controls: true });
  receiver = await startWebHookReceiver();
});
afterAll(async () => {
  await lab.close();
  await receiver.close();
});
beforeEach(async () => {
  await fetch(`${lab.origin}/__sim/reset`, { method: 'POST' });
  receiver.posts.length = 0;
  admin = await openTestSession(lab.origin, 'admin', 'admin');
});

// The SDK's payload in web-hook mode: filter and version, webHookUrl, no timeout.
const hookSubscription = (names: string[], webHookUrl: string, ids: string[] = []) => ({
  filter: { selectors: [{ ids, names }] },
  version: '1.0',
  webHookUrl,
});

describe('web-hook delivery', () => {
  it('POSTs each event as one JSON object, OnServerStart included, and keeps it off the stream', async () => {
    const answer = await admin.send(
      'POST',
      '/subscriptions',
      hookSubscription(['system', 'pbxManagement'], receiver.url),
    );
    expect(answer.status).toBe(200);
    const { status, subscriptionId, publicPollingUrl } = subscriptionAnswerSchema.parse(await answer.json());
    expect(status).toBe('ACCEPTED');
    const post = (path: string, body: unknown) =>
      fetch(`${lab.origin}/__sim/system/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    await post('server-start', { serverId: '10.0.1.123' });
    await post('cti-link', { up: false });
    await admin.send('PUT', '/pbxs/1/instances/Subscriber/2001', {
      attributes: [{ name: 'Multi_line', value: ['true'] }],
    });
    const posts = await receiver.received(3);
    expect(posts.map((p) => p.body)).toEqual([
      { eventName: 'OnServerStart', serverId: '10.0.1.123' },
      { eventName: 'OnCtiLinkDown', nodeId: '1' },
      { eventName: 'OnPbxObjectInstanceModified', nodeId: '1', objectName: 'Subscriber', objectId: '2001' },
    ]);
    expect(posts.every((p) => p.path === '/o2g/events' && p.contentType.startsWith('application/json'))).toBe(
      true,
    );
    await expectO2gError(await fetch(publicPollingUrl, { method: 'POST' }), 409);
    expect(lab.world.subscriptions.get(subscriptionId).webHookUrl).toBe(receiver.url);
  });

  it('stops posting when the subscription is deleted', async () => {
    const answer = await admin.send(
      'POST',
      '/subscriptions',
      hookSubscription(['userManagement'], receiver.url),
    );
    const { subscriptionId } = subscriptionAnswerSchema.parse(await answer.json());
    expect((await admin.send('DELETE', `/subscriptions/${subscriptionId}`)).status).toBe(204);
    const created = {
      attributes: [
        { name: 'Directory_Number', value: ['2006'] },
        { name: 'Annu_Name', value: ['Ng'] },
      ],
    };
    expect((await admin.send('POST', '/pbxs/1/instances/Subscriber', created)).status).toBe(201);
    // Nothing queued: the delivery has settled with no post made.
    await webHookDeliveryOf(lab.world).settled();
    expect(receiver.posts).toEqual([]);
  });

  it('refuses any other host than loopback, and URLs that are no http(s) URL, creating nothing', async () => {
    for (const url of [
      'http://192.0.2.10/hook',
      'https://example.com/hook',
      'http://localhost.example.com/x',
    ]) {
      const refused = await expectO2gError(
        await admin.send('POST', '/subscriptions', hookSubscription(['system'], url)),
        403,
      );
      expect(refused.helpMessage).toMatch(/--webhook-hosts/);
    }
    for (const url of ['not a url', 'ftp://127.0.0.1/hook', 'http://user:pw@127.0.0.1/hook']) {
      await expectO2gError(
        await admin.send('POST', '/subscriptions', hookSubscription(['system'], url)),
        400,
      );
    }
    expect(lab.world.subscriptions.all()).toEqual([]);
  });
});

describe('web-hook hosts named at start', () => {
  it('accepts a named host and still refuses the others', async () => {
    const world = new World(loadLab(), new ManualClock());
    const app = createSimApp(world, { webHookHosts: ['hooks.example.test'] });
    const origin = await listenOnFreePort(app);
    try {
      const session = await openTestSession(origin, 'admin', 'admin');
      const ok = await session.send(
        'POST',
        '/subscriptions',
        hookSubscription(['system'], 'https://HOOKS.example.test:8443/in'),
      );
      expect(ok.status).toBe(200);
      await expectO2gError(
        await session.send(
          'POST',
          '/subscriptions',
          hookSubscription(['system'], 'https://other.example.test/in'),
        ),
        403,
      );
    } finally {
      await app.close();
    }
  });
});
