import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { o2gErrorBodySchema, subscriptionAnswerSchema } from '../../../src/o2g/contract';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import { World } from '../model/world';
import { createSimApp, type SimAppOptions } from '../server';
import { EventStreamReader } from '../testing/event-stream';
import { openTestSession, type TestSession } from '../testing/o2g-session';
import { listenOnFreePort, rawRequest } from '../testing/sim-http';
import { selfSignedCertificate } from '../tls-certificate';
import { telephonyTranslator } from './telephony-translator';

let clock: ManualClock;
let world: World;
let apps: FastifyInstance[];
let origin: string;

async function serve(options: SimAppOptions = {}): Promise<string> {
  const app = createSimApp(world, options);
  apps.push(app);
  return listenOnFreePort(app);
}

beforeEach(async () => {
  clock = new ManualClock();
  world = new World(loadLab(), clock);
  apps = [];
  origin = await serve();
});
afterEach(() => Promise.all(apps.map((app) => app.close())));

const telephonyFilter = (ids?: string[]) => ({
  filter: { selectors: [{ ...(ids && { ids }), names: ['telephony'] }] },
  version: '1.0',
  timeout: 0,
});

async function subscribe(session: TestSession, body: unknown = telephonyFilter()) {
  const response = await session.send('POST', '/subscriptions', body);
  expect(response.status).toBe(200);
  return subscriptionAnswerSchema.parse(await response.json());
}

async function expectO2gError(response: Response, code: number) {
  expect(response.status).toBe(code);
  const body = o2gErrorBodySchema.parse(await response.json());
  expect(body.code).toBe(code);
  return body;
}

describe('subscriptions', () => {
  it('accepts a user subscription and answers polling URLs on the request origin', async () => {
    const session = await openTestSession(origin, 'oxe2001', '2001');
    const answer = await subscribe(session);
    expect(answer).toMatchObject({ status: 'ACCEPTED', mode: 'CHUNK', format: 'JSON' });
    expect(answer.publicPollingUrl).toBe(
      `${origin}/OTEvents?subscriptionId=${encodeURIComponent(answer.subscriptionId)}`,
    );
    expect(answer.privatePollingUrl).toBe(answer.publicPollingUrl);
  });

  it.each([
    ['without ids', telephonyFilter()],
    ['with empty ids', telephonyFilter([])],
    ['with an unknown login', telephonyFilter(['nobody'])],
  ])('refuses an administrator subscription %s with a 400', async (_what, body) => {
    const admin = await openTestSession(origin, 'admin', 'admin');
    await expectO2gError(await admin.send('POST', '/subscriptions', body), 400);
    expect(world.subscriptions.all()).toEqual([]);
  });

  it.each([
    ['an unknown package', { filter: { selectors: [{ names: ['routing'] }] } }],
    ['no selectors', { filter: { selectors: [] } }],
    ['a timeout that is not a number', { ...telephonyFilter(), timeout: 'ten' }],
    ['malformed JSON', '{"filter":'],
  ])('refuses %s with a 400', async (_what, body) => {
    const session = await openTestSession(origin, 'oxe2001', '2001');
    await expectO2gError(await session.send('POST', '/subscriptions', body), 400);
    expect(world.subscriptions.all()).toEqual([]);
  });

  it('points polling URLs of an HTTPS request at the HTTP listener of the same host', async () => {
    const tls = await selfSignedCertificate('127.0.0.1');
    const httpsOrigin = (await serve({ https: tls, eventChannel: { httpPort: 8014 } })).replace(
      'http:',
      'https:',
    );
    const session = await openTestSession(origin, 'oxe2001', '2001');
    const response = await rawRequest(`${httpsOrigin}/api/rest/1.0/subscriptions`, {
      method: 'POST',
      headers: { Cookie: session.cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify(telephonyFilter()),
    });
    const answer = subscriptionAnswerSchema.parse(response.json());
    expect(answer.publicPollingUrl).toMatch(/^http:\/\/127\.0\.0\.1:8014\/OTEvents\?subscriptionId=/);
  });
});

describe('the event channel', () => {
  it('starts with "Chunk started", as JSON, on POST and on GET, without a cookie', async () => {
    const session = await openTestSession(origin, 'oxe2001', '2001');
    const { publicPollingUrl } = await subscribe(session);
    for (const method of ['POST', 'GET'] as const) {
      const stream = await EventStreamReader.open(publicPollingUrl, method);
      expect(stream.response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await stream.next()).toEqual({ eventName: 'OnChannelInformation', text: 'Chunk started' });
      await stream.close();
    }
  });

  it('answers an unknown subscription with a 404 O2G error', async () => {
    await expectO2gError(await fetch(`${origin}/OTEvents?subscriptionId=nope`, { method: 'POST' }), 404);
    await expectO2gError(await fetch(`${origin}/OTEvents`, { method: 'POST' }), 400);
  });

  it('ends the first stream when the subscription is opened again', async () => {
    const session = await openTestSession(origin, 'oxe2001', '2001');
    const { publicPollingUrl } = await subscribe(session);
    const first = await EventStreamReader.open(publicPollingUrl);
    await first.next();
    const second = await EventStreamReader.open(publicPollingUrl);
    expect(await second.next()).toMatchObject({ text: 'Chunk started' });
    expect(await first.rest()).toEqual([]);
    await second.close();
  });

  it('ends the stream on delete (204), after which the subscription is unknown', async () => {
    const session = await openTestSession(origin, 'oxe2001', '2001');
    const { subscriptionId, publicPollingUrl } = await subscribe(session);
    const stream = await EventStreamReader.open(publicPollingUrl);
    await stream.next();
    expect((await session.send('DELETE', `/subscriptions/${subscriptionId}`)).status).toBe(204);
    expect(await stream.rest()).toEqual([]);
    await expectO2gError(await fetch(publicPollingUrl, { method: 'POST' }), 404);
    await expectO2gError(await session.send('DELETE', `/subscriptions/${subscriptionId}`), 404);
  });

  it('ends the stream when its session closes', async () => {
    const session = await openTestSession(origin, 'oxe2001', '2001');
    const { publicPollingUrl } = await subscribe(session);
    const stream = await EventStreamReader.open(publicPollingUrl);
    await stream.next();
    expect((await session.send('DELETE', session.sessionsUrl)).status).toBe(204);
    expect(await stream.rest()).toEqual([]);
    await expectO2gError(await fetch(publicPollingUrl, { method: 'POST' }), 404);
  });

  it('ends the stream when its session expires', async () => {
    const session = await openTestSession(origin, 'oxe2001', '2001');
    const { publicPollingUrl } = await subscribe(session);
    const stream = await EventStreamReader.open(publicPollingUrl);
    await stream.next();
    clock.advanceSeconds(1800 + 60);
    await fetch(`${origin}/api/rest`); // any request lets time act
    expect(await stream.rest()).toEqual([]);
  });

  it('keeps an idle stream alive with keepalive lines', async () => {
    const fast = await serve({ eventChannel: { keepAliveMs: 20 } });
    const session = await openTestSession(fast, 'oxe2001', '2001');
    const stream = await EventStreamReader.open((await subscribe(session)).publicPollingUrl);
    await stream.next();
    expect(await stream.next()).toEqual({ eventName: 'OnChannelInformation', text: 'keepalive' });
    await stream.close();
  });

  it('closes an idle stream after the subscription timeout, and the subscription can be reopened', async () => {
    const fast = await serve({ eventChannel: { minuteMs: 20 } });
    const session = await openTestSession(fast, 'oxe2001', '2001');
    const { publicPollingUrl } = await subscribe(session, { ...telephonyFilter(), timeout: 2 });
    const stream = await EventStreamReader.open(publicPollingUrl);
    await stream.next();
    expect(await stream.rest()).toEqual([]);
    const again = await EventStreamReader.open(publicPollingUrl);
    expect(await again.next()).toMatchObject({ text: 'Chunk started' });
    await again.close();
  });

  it('delivers to an administrator the events of the logins it named, and keeps what came before the open', async () => {
    const admin = await openTestSession(origin, 'admin', 'admin');
    const { publicPollingUrl } = await subscribe(admin, telephonyFilter(['oxe2002']));
    const caller = await openTestSession(origin, 'oxe2001', '2001');
    expect((await caller.send('POST', '/telephony/calls', { deviceId: '2001', callee: '2002' })).status).toBe(
      201,
    );
    const stream = await EventStreamReader.open(publicPollingUrl);
    const lines = await stream.take(2);
    expect(lines.map((l) => [l.eventName, l.loginName])).toEqual([
      ['OnChannelInformation', undefined],
      ['OnCallCreated', 'oxe2002'],
    ]);
    await stream.close();
  });
});

describe('one translation per audience', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives each subscription the lines of its own filter, translating once for those that share one', async () => {
    const translate = vi.spyOn(telephonyTranslator, 'translate');
    const alice = await openTestSession(origin, 'oxe2001', '2001');
    const aliceAgain = await openTestSession(origin, 'oxe2001', '2001');
    const admin = await openTestSession(origin, 'admin', 'admin');
    const open = async (session: TestSession, names: string[], ids?: string[]) => {
      const filter = { filter: { selectors: [{ ...(ids && { ids }), names }] }, version: '1.0', timeout: 0 };
      const stream = await EventStreamReader.open((await subscribe(session, filter)).publicPollingUrl);
      expect(await stream.next()).toMatchObject({ text: 'Chunk started' });
      return stream;
    };
    const telephony = await open(alice, ['telephony']);
    const sameFilter = await open(aliceAgain, ['telephony']);
    const summary = await open(alice, ['eventSummary']);
    const both = await open(admin, ['telephony'], ['oxe2001', 'oxe2002']);
    translate.mockClear();

    // Bruno calls Alice and gives up: call events for both, then a missed call on Alice's summary.
    const bruno = await openTestSession(origin, 'oxe2002', '2002');
    const made = await bruno.send('POST', '/telephony/calls', { deviceId: '2002', callee: '2001' });
    expect(made.status).toBe(201);
    expect((await bruno.send('DELETE', made.headers.get('location') ?? '')).status).toBe(204);
    const translations = [...translate.mock.calls];
    translate.mockRestore();
    for (const session of [alice, aliceAgain, admin])
      expect((await session.send('DELETE', session.sessionsUrl)).status).toBe(204);

    const [aliceLines, sameLines, summaryLines, adminLines] = await Promise.all(
      [telephony, sameFilter, summary, both].map((stream) => stream.rest()),
    );
    const names = (lines: Record<string, unknown>[] = []) =>
      lines.map((l) => `${String(l.eventName)} ${String(l.loginName)}`);
    expect(names(aliceLines)).toEqual(['OnCallCreated oxe2001', 'OnCallRemoved oxe2001']);
    expect(sameLines).toEqual(aliceLines);
    expect(names(summaryLines)).toEqual(['OnEventSummaryUpdated oxe2001']);
    expect(names(adminLines).sort()).toEqual([
      'OnCallCreated oxe2001',
      'OnCallCreated oxe2002',
      'OnCallRemoved oxe2001',
      'OnCallRemoved oxe2002',
      'OnUserStateModified oxe2002',
      'OnUserStateModified oxe2002',
    ]);
    expect(adminLines?.filter((l) => l.loginName === 'oxe2001')).toEqual(aliceLines);

    // Per event, Alice's telephony lines were made twice: once for both of her sessions, once for the
    // administrator's; never once per subscription.
    const aliceTranslations = new Map<unknown, number>();
    for (const [event, loginName] of translations)
      if (loginName === 'oxe2001') aliceTranslations.set(event, (aliceTranslations.get(event) ?? 0) + 1);
    expect(aliceTranslations.size).toBeGreaterThan(0);
    expect(new Set(aliceTranslations.values())).toEqual(new Set([2]));
  });
});
