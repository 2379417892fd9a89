import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { subscriptionAnswerSchema } from '../../../src/o2g/contract';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import { World } from '../model/world';
import { createSimApp } from '../server';
import { EventStreamReader } from '../testing/event-stream';
import { callRefOf, openTestSession, type TestSession } from '../testing/o2g-session';
import { listenOnFreePort } from '../testing/sim-http';
import { eventChannelOf } from './event-channel';
import { STREAMS_PER_TURN } from './stream-outbox';

// Lines for open streams leave in slices, on later turns of the event loop: these tests make sure that
// no stream misses a line or gets one out of order because of it, however many streams there are and
// however soon a stream ends after an event.

let world: World;
let app: FastifyInstance;
let origin: string;

beforeEach(async () => {
  world = new World(loadLab(), new ManualClock());
  app = createSimApp(world);
  origin = await listenOnFreePort(app);
});
afterEach(() => app.close());

const telephony = { filter: { selectors: [{ names: ['telephony'] }] }, version: '1.0', timeout: 0 };

async function openStream(session: TestSession) {
  const response = await session.send('POST', '/subscriptions', telephony);
  const { subscriptionId, publicPollingUrl } = subscriptionAnswerSchema.parse(await response.json());
  const stream = await EventStreamReader.open(publicPollingUrl);
  expect(await stream.next()).toMatchObject({ text: 'Chunk started' });
  return { subscriptionId, stream };
}

describe('the outbox of the event channel', () => {
  it('brings every line, in order, to more streams than one turn writes', async () => {
    const count = STREAMS_PER_TURN * 2 + 3;
    const sessions = await Promise.all(
      Array.from({ length: count }, () => openTestSession(origin, 'oxe2001', '2001')),
    );
    const streams = await Promise.all(sessions.map(async (session) => (await openStream(session)).stream));

    const bruno = await openTestSession(origin, 'oxe2002', '2002');
    const made = await bruno.send('POST', '/telephony/calls', { deviceId: '2002', callee: '2001' });
    expect(made.status).toBe(201);
    expect((await bruno.send('DELETE', made.headers.get('location') ?? '')).status).toBe(204);

    const received = await Promise.all(streams.map((stream) => stream.take(2)));
    for (const lines of received)
      expect(lines.map((line) => [line.eventName, line.callRef])).toEqual([
        ['OnCallCreated', callRefOf(made)],
        ['OnCallRemoved', callRefOf(made)],
      ]);
    await Promise.all(streams.map((stream) => stream.close()));
  });

  it('writes what a stream was due before it ends, even when it ends in the same turn as the event', async () => {
    const alice = await openTestSession(origin, 'oxe2001', '2001');
    const { subscriptionId, stream } = await openStream(alice);

    // The call and the end of the stream in one go, before the outbox gets a turn.
    const made = world.telephony.makeCall('oxe2002', '2002', '2001');
    world.events.publish(made.events);
    eventChannelOf(world).end(subscriptionId);

    const lines = await stream.rest();
    expect(lines.map((line) => [line.eventName, line.callRef])).toEqual([
      ['OnCallCreated', made.result.callRef],
    ]);
  });
});
