import { afterEach, describe, expect, it } from 'vitest';
import { openTestSession } from '../testing/o2g-session';
import { EventStreamReader } from '../testing/event-stream';
import { expectO2gError, openEventStream, startServicesLab, type ServicesLab } from '../testing/services-lab';

let lab: ServicesLab | undefined;
afterEach(() => lab?.close());

const drop = (body?: unknown) =>
  fetch(`${lab?.origin}/__sim/events/drop`, {
    method: 'POST',
    ...(body !== undefined && {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  });

describe('the "drop the event streams" lab control', () => {
  it('ends every open stream but keeps the subscriptions and what is published meanwhile', async () => {
    lab = await startServicesLab({ controls: true });
    const alice = await openTestSession(lab.origin, 'oxe2001', '2001');
    const subscribed = await alice.send('POST', '/subscriptions', {
      filter: { selectors: [{ names: ['routingManagement'] }] },
      version: '1.0',
      timeout: 0,
    });
    const { publicPollingUrl } = (await subscribed.json()) as { publicPollingUrl: string };
    const stream = await EventStreamReader.open(publicPollingUrl);
    expect(await stream.next()).toMatchObject({ text: 'Chunk started' });

    const answer = await drop();
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ dropped: 1 });
    expect(await stream.rest()).toEqual([]);

    // Published while no stream is open: kept for the reopened one, after its "Chunk started".
    expect((await alice.send('POST', '/routing/dnd')).status).toBe(204);
    const reopened = await EventStreamReader.open(publicPollingUrl);
    const [started, routing] = await reopened.take(2);
    expect(started).toMatchObject({ text: 'Chunk started' });
    expect(routing).toMatchObject({ eventName: 'OnRoutingStateChanged', loginName: 'oxe2001' });
    await reopened.close();
  });

  it("says when there was nothing to drop, and drops every subscription's stream", async () => {
    lab = await startServicesLab({ controls: true });
    expect(await (await drop()).json()).toEqual({ dropped: 0 });
    const bob = await openTestSession(lab.origin, 'oxe2002', '2002');
    const carol = await openTestSession(lab.origin, 'oxe2003', '2003');
    const streams = [await openEventStream(bob, ['telephony']), await openEventStream(carol, ['user'])];
    expect(await (await drop()).json()).toEqual({ dropped: 2 });
    for (const stream of streams) expect(await stream.rest()).toEqual([]);
  });

  it('does not exist without --controls', async () => {
    lab = await startServicesLab();
    await expectO2gError(await drop(), 404);
  });
});
