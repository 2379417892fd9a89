// End to end with plain fetch, as an administrator's application would work: a web hook receives the
// user-management events, a created subscriber signs in and is called, and the lab's WADL lists it all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '../start';
import { openTestSession } from '../testing/o2g-session';
import { startWebHookReceiver, type WebHookReceiver } from '../testing/webhook-receiver';

let sim: RunningSim;
let receiver: WebHookReceiver;
beforeAll(async () => {
  sim = await startSim({ controls: true });
  receiver = await startWebHookReceiver();
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});

describe('an administrator provisions a subscriber', () => {
  it('creates it, hears of it on its web hook, and the new user is called', async () => {
    const admin = await openTestSession(sim.httpUrl, 'admin', 'admin');
    const subscribe = await admin.send('POST', '/subscriptions', {
      filter: {
        selectors: [
          { ids: [], names: ['userManagement'] },
          { ids: [], names: ['pbxManagement'] },
        ],
      },
      version: '1.0',
      webHookUrl: receiver.url,
    });
    expect(subscribe.status).toBe(200);

    const created = await admin.send('POST', '/pbxs/1/instances/Subscriber', {
      attributes: [
        { name: 'Directory_Number', value: ['2010'] },
        { name: 'Annu_Name', value: ['Petit'] },
        { name: 'Annu_First_Name', value: ['Zoé'] },
        { name: 'Station_Type', value: ['SIP_Extension'] },
      ],
    });
    expect(created.status).toBe(201);
    const posts = await receiver.received(2);
    expect(posts.map((p) => p.body)).toEqual([
      { eventName: 'OnPbxObjectInstanceCreated', nodeId: '1', objectName: 'Subscriber', objectId: '2010' },
      {
        eventName: 'OnUserCreated',
        user: {
          companyPhone: '2010',
          firstName: 'Zoé',
          lastName: 'Petit',
          loginName: 'oxe2010',
          devices: [{ type: 'DESKPHONE', id: '2010', subType: 'SIP_Extension' }],
          nodeId: '1',
        },
      },
    ]);

    // The new user signs in with the lab's rule (password = extension) and watches its phone ring.
    const zoe = await openTestSession(sim.httpUrl, 'oxe2010', '2010');
    const alice = await openTestSession(sim.httpUrl, 'oxe2001', '2001');
    expect((await alice.send('POST', '/telephony/calls', { deviceId: '2001', callee: '2010' })).status).toBe(
      201,
    );
    const calls = (await (await zoe.send('GET', '/telephony/calls')).json()) as { calls: unknown[] };
    expect(calls.calls).toHaveLength(1);

    const wadl = await (await fetch(`${sim.httpUrl}/api/rest/1.0/application.wadl`)).text();
    expect(wadl).toContain('<resource path="pbxs">');
    expect(wadl).toMatch(/<method name="POST" id="postPbxsNodeIdInstancesObjectPath">/);
  });
});
