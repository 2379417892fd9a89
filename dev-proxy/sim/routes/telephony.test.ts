import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  callSchema,
  callsAnswerSchema,
  o2gErrorBodySchema,
  subscriptionAnswerSchema,
  telephonicStateSchema,
  telephonyEventSchema,
} from '../../../src/o2g/contract';
import { telephonyControlRoutes } from '../control/telephony-controls';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import type { DomainEvent } from '../model/domain-events';
import { World } from '../model/world';
import { createSimApp } from '../server';
import { EventStreamReader } from '../testing/event-stream';
import { openTestSession, type TestSession } from '../testing/o2g-session';
import { listenOnFreePort } from '../testing/sim-http';
import { O2G_ROUTES } from '.';

let clock: ManualClock;
let world: World;
let app: FastifyInstance;
let origin: string;
let published: DomainEvent[];

beforeEach(async () => {
  clock = new ManualClock();
  world = new World(loadLab(), clock);
  published = [];
  world.events.subscribe((event) => published.push(event));
  app = createSimApp(world, { routes: [...O2G_ROUTES, telephonyControlRoutes] });
  origin = await listenOnFreePort(app);
});
afterEach(() => app.close());

async function userStream(session: TestSession) {
  const response = await session.send('POST', '/subscriptions', {
    filter: { selectors: [{ names: ['telephony'] }] },
    version: '1.0',
  });
  const stream = await EventStreamReader.open(
    subscriptionAnswerSchema.parse(await response.json()).publicPollingUrl,
  );
  expect(await stream.next()).toMatchObject({ text: 'Chunk started' });
  return stream;
}

async function expectTelephonyError(
  response: Response,
  code: number,
  errorType?: string,
  errorCause?: string,
) {
  expect(response.status).toBe(code);
  const body = o2gErrorBodySchema.parse(await response.json());
  if (errorType) expect(body.telephony).toMatchObject({ errorType, ...(errorCause && { errorCause }) });
  return body;
}

const callRefOf = (response: Response) => response.headers.get('location')?.split('/').pop() ?? '';

describe('a call 2001 → 2002 over HTTP, watched on both event streams', () => {
  it('is created, answered and released with the O2G events in order', async () => {
    const alice = await openTestSession(origin, 'oxe2001', '2001');
    const bruno = await openTestSession(origin, 'oxe2002', '2002');
    const aliceEvents = await userStream(alice);
    const brunoEvents = await userStream(bruno);

    const made = await alice.send('POST', '/telephony/calls', {
      deviceId: '2001',
      callee: '2002',
      autoAnswer: true,
    });
    expect(made.status).toBe(201);
    const callRef = callRefOf(made);
    expect(made.headers.get('location')).toBe(`${origin}/api/rest/1.0/telephony/calls/${callRef}`);
    expect(callRef).toMatch(/^[0-9a-f]{16}$/);

    const [incoming] = await brunoEvents.take(1);
    expect(incoming).toMatchObject({
      eventName: 'OnCallCreated',
      loginName: 'oxe2002',
      callRef,
      callData: { state: 'RINGING_INCOMING', tags: [], capabilities: { redirect: true, terminate: true } },
      legs: [{ deviceId: '2002', state: 'RINGING_INCOMING', capabilities: { answer: true } }],
      participants: [
        {
          participantId: '2001',
          identity: {
            id: { loginName: 'oxe2001', phoneNumber: '2001' },
            firstName: 'Alice',
            type: { main: 'USER' },
          },
        },
      ],
      deviceCapabilities: [{ deviceId: '2002', makeCall: true }],
    });
    expect(JSON.stringify(incoming)).not.toContain('false');
    expect(telephonyEventSchema.safeParse(incoming).success).toBe(true);
    const outgoing = await aliceEvents.take(2);
    expect(outgoing.map((e) => e.eventName)).toEqual(['OnCallCreated', 'OnUserStateModified']);
    expect(outgoing[0]).toMatchObject({
      callData: { state: 'RINGING_OUTGOING' },
      legs: [{ deviceId: '2001', ringingRemote: true }],
    });
    expect(outgoing[1]).toEqual({ eventName: 'OnUserStateModified', loginName: 'oxe2001', state: 'BUSY' });

    expect(
      (await bruno.send('POST', `/telephony/calls/${callRef}/answer`, { deviceId: '2002' })).status,
    ).toBe(204);
    const answeredB = await brunoEvents.take(2);
    expect(
      answeredB.map((e) => [e.eventName, (e.callData as { state?: string } | undefined)?.state ?? e.state]),
    ).toEqual([
      ['OnCallModified', 'ACTIVE'],
      ['OnUserStateModified', 'BUSY'],
    ]);
    expect(answeredB[0]).toMatchObject({
      modifiedLegs: [{ deviceId: '2002', state: 'ACTIVE', capabilities: { drop: true, hold: true } }],
      addedLegs: [],
      removedLegs: [],
      removedParticipantIds: [],
    });
    expect((await aliceEvents.take(1))[0]).toMatchObject({
      eventName: 'OnCallModified',
      callData: { state: 'ACTIVE' },
      modifiedParticipants: [{ participantId: '2002', state: 'ACTIVE' }],
    });

    const listed = callsAnswerSchema.parse(await (await alice.send('GET', '/telephony/calls')).json());
    expect(listed.calls.map((c) => [c.callRef, c.callData?.state])).toEqual([[callRef, 'ACTIVE']]);

    expect((await alice.send('DELETE', `/telephony/calls/${callRef}`)).status).toBe(204);
    expect((await aliceEvents.take(2)).map((e) => [e.eventName, e.cause ?? e.state])).toEqual([
      ['OnCallRemoved', 'CLEARED'],
      ['OnUserStateModified', 'FREE'],
    ]);
    const releasedB = await brunoEvents.take(3);
    expect(releasedB.map((e) => e.eventName)).toEqual([
      'OnCallModified',
      'OnCallRemoved',
      'OnUserStateModified',
    ]);
    expect(releasedB[0]).toMatchObject({
      callData: { state: 'RELEASING' },
      removedParticipantIds: ['2001'],
      modifiedLegs: [{ state: 'RELEASING', capabilities: { drop: true } }],
    });
    expect(releasedB[2]).toMatchObject({ state: 'FREE' });
    expect(published.filter((e) => e.type === 'callEnded')).toHaveLength(1);
    await Promise.all([aliceEvents.close(), brunoEvents.close()]);
  });
});

describe('the lab dial plan over HTTP', () => {
  it('brings a trunk loopback 91 12 345 2003 to 2003 as an external call', async () => {
    const alice = await openTestSession(origin, 'oxe2001', '2001');
    const chloe = await openTestSession(origin, 'oxe2003', '2003');
    const events = await userStream(chloe);
    expect(
      (await alice.send('POST', '/telephony/basicCall', { deviceId: '2001', callee: '91123452003' })).status,
    ).toBe(201);
    const [created] = await events.take(1);
    expect(created).toMatchObject({
      eventName: 'OnCallCreated',
      participants: [
        {
          participantId: '91123452001',
          identity: { id: { phoneNumber: '91123452001' }, type: { main: 'EXTERNAL' } },
        },
      ],
    });
    expect(JSON.stringify(created)).not.toContain('oxe2001');
    await events.close();
  });

  it('connects 1999 at once, and leaves a message when a diverted caller hangs up after 2 s', async () => {
    const chloe = await openTestSession(origin, 'oxe2003', '2003');
    expect(
      (await chloe.send('POST', '/telephony/basicCall', { deviceId: '2003', callee: '1999' })).status,
    ).toBe(201);
    const own = callsAnswerSchema.parse(await (await chloe.send('GET', '/telephony/calls')).json());
    expect(own.calls[0]?.participants).toMatchObject([
      { participantId: '1999', state: 'ACTIVE', identity: { type: { main: 'SERVICE' } } },
    ]);
    expect((await chloe.send('POST', '/telephony/basicCall/dropme')).status).toBe(204);

    const made = await chloe.send('POST', '/telephony/calls', { deviceId: '2003', callee: '2001' });
    clock.advanceSeconds(20);
    clock.advanceSeconds(3); // the next request lets time act: the call went to voicemail 3 s ago
    const call = callSchema.parse(
      await (await chloe.send('GET', `/telephony/calls/${callRefOf(made)}`)).json(),
    );
    expect(call.participants.map((p) => p.participantId)).toEqual(['1999']);
    expect((await chloe.send('DELETE', `/telephony/calls/${callRefOf(made)}`)).status).toBe(204);
    expect(published.filter((e) => e.type === 'voicemailDeposited')).toEqual([
      expect.objectContaining({
        mailboxLoginName: 'oxe2001',
        callerNumber: '2003',
        external: false,
        durationSeconds: 3,
      }),
    ]);
  });

  it.each([
    ['a number outside the dial plan', '12', 400, 'BAD_PARAMETER_VALUE', 'INVALID_DESTINATION'],
    ['oneself', '2001', 503, 'SERVICE_UNAVAILABLE', 'RESOURCE_BUSY'],
  ])('refuses %s with its telephony block', async (_what, callee, code, errorType, errorCause) => {
    await fetch(`${origin}/__sim/phones/2004/behaviour`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"busy":true}',
    });
    await fetch(`${origin}/__sim/phones/2005/behaviour`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"outOfService":true}',
    });
    const alice = await openTestSession(origin, 'oxe2001', '2001');
    await expectTelephonyError(
      await alice.send('POST', '/telephony/calls', { deviceId: '2001', callee }),
      code,
      errorType,
      errorCause,
    );
    expect(world.telephony.calls('oxe2001')).toEqual([]);
  });
});

describe('who may act on what', () => {
  it('requires an administrator to name the user, and lets it act with loginName', async () => {
    const admin = await openTestSession(origin, 'admin', 'admin');
    for (const [method, path, body] of [
      ['GET', '/telephony/calls'],
      ['POST', '/telephony/calls', { deviceId: '2001', callee: '2002' }],
      ['GET', '/telephony/state'],
      ['GET', '/telephony/devices'],
      ['POST', '/telephony/basicCall/dropme'],
    ] as const) {
      await expectTelephonyError(await admin.send(method, path, body), 400);
    }
    const made = await admin.send('POST', '/telephony/calls?loginName=oxe2001', {
      deviceId: '2001',
      callee: '2002',
    });
    expect(made.status).toBe(201);
    // Device-only requests need no loginName: the device names its user.
    expect((await admin.send('POST', '/telephony/basicCall/answer', { deviceId: '2002' })).status).toBe(204);
    const state = telephonicStateSchema.parse(
      await (await admin.send('GET', '/telephony/state?loginName=oxe2002')).json(),
    );
    expect(state).toMatchObject({
      userState: 'BUSY',
      deviceStates: { deviceStates: [{ deviceId: '2002', state: 'IN_SERVICE' }] },
    });
    expect(state.calls[0]?.callRef).toBe(callRefOf(made));
  });

  it("refuses a user acting on another's device with a 403", async () => {
    const alice = await openTestSession(origin, 'oxe2001', '2001');
    await expectTelephonyError(
      await alice.send('POST', '/telephony/calls', { deviceId: '2002', callee: '2003' }),
      403,
      'UNAUTHORIZED',
      'INVALID_DEVICE',
    );
    await expectTelephonyError(
      await alice.send('POST', '/telephony/basicCall', { deviceId: '2002', callee: '2003' }),
      403,
      'UNAUTHORIZED',
    );
    await expectTelephonyError(await alice.send('GET', '/telephony/devices/2002'), 403);
    expect(await (await alice.send('GET', '/telephony/devices/2001')).json()).toEqual({
      deviceId: '2001',
      state: 'IN_SERVICE',
    });
    expect(world.telephony.calls('oxe2002')).toEqual([]);
  });
});

describe('bad input on every telephony route', () => {
  const UNKNOWN = '0123456789abcdef';
  const routes: [string, string, unknown][] = [
    ['POST', '/telephony/basicCall', { deviceId: '2001', callee: 42 }],
    ['POST', '/telephony/basicCall', '{"deviceId":'],
    ['POST', '/telephony/basicCall/answer', { deviceId: ['2001'] }],
    ['POST', '/telephony/basicCall/answer', 'not json'],
    ['POST', '/telephony/calls', { deviceId: '2001' }],
    ['POST', '/telephony/calls', { deviceId: '2001', callee: '2002', autoAnswer: 'maybe' }],
    ['POST', '/telephony/calls', '[1,2'],
    ['POST', '/telephony/calls/CALLREF/answer', {}],
    ['POST', '/telephony/calls/CALLREF/hold', { deviceId: 7 }],
    ['POST', '/telephony/calls/CALLREF/retrieve', '{'],
    ['POST', '/telephony/calls/CALLREF/transfer', { heldCallRef: 12 }],
    ['POST', '/telephony/calls/CALLREF/blindtransfer', { transferTo: 'nowhere' }],
    ['POST', '/telephony/calls/CALLREF/redirect', {}],
    ['POST', '/telephony/calls/CALLREF/sendDtmf', { deviceId: '2001', number: 'xyz' }],
  ];

  it.each(routes)('%s %s %j → 400, nothing changed', async (method, path, body) => {
    const alice = await openTestSession(origin, 'oxe2001', '2001');
    const callRef = callRefOf(
      await alice.send('POST', '/telephony/calls', { deviceId: '2001', callee: '2002' }),
    );
    const before = await (await alice.send('GET', '/telephony/calls')).text();
    const response = await alice.send(method, path.replace('CALLREF', callRef), body);
    expect(response.status).toBe(400);
    expect(o2gErrorBodySchema.parse(await response.json()).code).toBe(400);
    expect(await (await alice.send('GET', '/telephony/calls')).text()).toBe(before);
  });

  it.each([
    ['GET', `/telephony/calls/${UNKNOWN}`, undefined],
    ['DELETE', `/telephony/calls/${UNKNOWN}`, undefined],
    ['POST', `/telephony/calls/${UNKNOWN}/answer`, { deviceId: '2001' }],
    ['POST', `/telephony/calls/${UNKNOWN}/hold`, { deviceId: '2001' }],
    ['POST', `/telephony/calls/${UNKNOWN}/retrieve`, { deviceId: '2001' }],
    ['POST', `/telephony/calls/${UNKNOWN}/dropme`, undefined],
    ['POST', `/telephony/calls/${UNKNOWN}/transfer`, { heldCallRef: UNKNOWN }],
    ['POST', `/telephony/calls/${UNKNOWN}/blindtransfer`, { transferTo: '2003' }],
    ['POST', `/telephony/calls/${UNKNOWN}/redirect`, { redirectTo: '2003' }],
    ['POST', `/telephony/calls/${UNKNOWN}/sendDtmf`, { deviceId: '2001', number: '12#' }],
  ])('%s %s answers 404 CALL_REFERENCE_NOT_FOUND', async (method, path, body) => {
    const alice = await openTestSession(origin, 'oxe2001', '2001');
    await expectTelephonyError(
      await alice.send(method, path, body),
      404,
      'CALL_REFERENCE_NOT_FOUND',
      'INVALID_CALL_ID',
    );
  });

  it('answers a wrong state with INCOMPATIBLE_WITH_STATE and a request without session with 401', async () => {
    const alice = await openTestSession(origin, 'oxe2001', '2001');
    const callRef = callRefOf(
      await alice.send('POST', '/telephony/calls', { deviceId: '2001', callee: '2002' }),
    );
    await expectTelephonyError(
      await alice.send('POST', `/telephony/calls/${callRef}/hold`, { deviceId: '2001' }),
      400,
      'INCOMPATIBLE_WITH_STATE',
    );
    expect((await fetch(`${origin}/api/rest/1.0/telephony/calls`)).status).toBe(401);
  });
});

describe('the telephony lab controls', () => {
  it('answer and hang up phones, bring an outside call in, and 404 an unknown number', async () => {
    const post = (path: string, body?: unknown) =>
      fetch(`${origin}/__sim${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const incoming = await post('/incoming-call', { from: '0388001122', to: '2003' });
    expect(incoming.status).toBe(201);
    expect(await (await post('/phones/2003/answer')).json()).toEqual({ number: '2003', userState: 'BUSY' });
    expect(await (await post('/phones/2003/hangup')).json()).toEqual({ number: '2003', userState: 'FREE' });
    expect((await post('/phones/7777/answer')).status).toBe(404);
    expect((await post('/incoming-call', { from: '0388001122', to: '7777' })).status).toBe(404);
    const behaviour = await fetch(`${origin}/__sim/phones/2002/behaviour`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"autoAnswerAfterSeconds":2}',
    });
    expect(await behaviour.json()).toEqual({
      number: '2002',
      autoAnswerAfterSeconds: 2,
      busy: false,
      outOfService: false,
    });
  });
});
