// The event channel against the embedded lab through the dev proxy, exactly as the console uses it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { labControl, labUrls } from '../testing/lab';
import type { EventChannelState } from './client';
import type { ChannelLine } from './contract';
import { isO2gError } from './errors';
import { connectEvents, type EventConnection, type EventConnectionOptions } from './event-connection';
import { deleteSubscription, openEventChannel, pollingUrlOf, subscribe, subscriptionLogins } from './events';
import { createO2gHttp } from './http';
import type { NdjsonLine } from './ndjson-reader';
import { closeSession, signIn, type O2gSession } from './session';

const http = createO2gHttp();
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function open(loginName: string, password: string): Promise<O2gSession> {
  const session = await signIn(http, {
    discoveryUrl: labUrls().discoveryUrl,
    loginName,
    password,
    applicationName: 'events-test',
    urlKind: 'public',
  });
  cleanups.push(() => closeSession(http, session));
  return session;
}

/** Rings an extension from outside and hangs the call up after the test. */
async function ring(extension: string): Promise<string> {
  const { callRef } = (await labControl('POST', '/incoming-call', { from: '0611223344', to: extension })) as {
    callRef: string;
  };
  cleanups.push(() => labControl('POST', `/phones/${extension}/hangup`));
  return callRef;
}

/** Waits until `check` passes, or fails with its last error. */
const eventually = (check: () => void, timeout = 5000) => vi.waitFor(check, { timeout, interval: 25 });

/** Lets every promise continuation already due run (one turn of the event loop, no waiting on a clock). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('subscribe and the event channel, through the proxy', () => {
  it('streams "Chunk started", then the user\u2019s events, and ends when the subscription is deleted', async () => {
    const session = await open('oxe2004', '2004');
    const ids = await subscriptionLogins(http, session);
    expect(ids).toEqual(['oxe2004']);
    const subscription = await subscribe(http, session, { names: ['telephony'], ids });
    expect(subscription.status).toBe('ACCEPTED');

    const lines: NdjsonLine[] = [];
    let opened = false;
    const channel = openEventChannel(pollingUrlOf(session, subscription), {
      onOpen: () => (opened = true),
      onLine: (line) => lines.push(line),
    });
    await eventually(() =>
      expect(lines[0]).toEqual({ kind: 'channel', text: 'Chunk started', keepalive: false }),
    );
    expect(opened).toBe(true);

    const callRef = await ring('2004');
    const events = () => lines.flatMap((line) => (line.kind === 'event' ? [line.event] : []));
    await eventually(() =>
      expect(events()).toContainEqual(
        expect.objectContaining({ eventName: 'OnCallCreated', loginName: 'oxe2004', callRef }),
      ),
    );

    await deleteSubscription(http, session, subscription.subscriptionId);
    await expect(channel).resolves.toBeUndefined();
    // The subscription is gone: its polling URL is refused with a 404.
    await expect(
      openEventChannel(pollingUrlOf(session, subscription), { onLine: () => undefined }),
    ).rejects.toMatchObject({ status: 404, failure: 'not-found' });
  });

  it('names every login for an administrator, who must name them', async () => {
    const session = await open('admin', 'admin');
    const ids = await subscriptionLogins(http, session);
    expect(ids).toEqual(expect.arrayContaining(['oxe2001', 'oxe2005']));
    const error = await subscribe(http, session, { names: ['telephony'] }).catch((caught: unknown) => caught);
    expect(isO2gError(error) && error.status).toBe(400);
    const subscription = await subscribe(http, session, { names: ['telephony', 'user'], ids });
    cleanups.push(() => deleteSubscription(http, session, subscription.subscriptionId));
    expect(subscription.status).toBe('ACCEPTED');
  });
});

describe('the kept-open event connection', () => {
  function follow(session: O2gSession, options: Partial<EventConnectionOptions> = {}) {
    const events: ChannelLine[] = [];
    const states: EventChannelState[] = [];
    const connection: EventConnection = connectEvents(http, session, {
      names: ['telephony', 'eventSummary', 'routingManagement', 'unifiedComLog', 'user'],
      onEvent: (event) => events.push(event),
      onState: (state) => states.push(state),
      ...options,
    });
    cleanups.push(() => connection.stop());
    const created = (callRef: string) =>
      events.filter((event) => event.eventName === 'OnCallCreated' && event.callRef === callRef);
    return { events, states, connection, created };
  }

  it('reopens a dropped stream, loses nothing published meanwhile and hands each event on once', async () => {
    const session = await open('oxe2005', '2005');
    // A reopened stream holds lines back until it has been quiet this long: short, so the test waits less.
    const { events, states, created, connection } = follow(session, { replaySettleMs: 100 });
    await eventually(() => expect(states).toEqual(['connecting', 'live']));

    const first = await ring('2005');
    await eventually(() => expect(created(first)).toHaveLength(1));
    await labControl('POST', '/phones/2005/hangup');

    const { dropped } = (await labControl('POST', '/events/drop')) as { dropped: number };
    expect(dropped).toBeGreaterThanOrEqual(1);
    // Published while the stream is down: the lab keeps it for the reopened stream.
    const meanwhile = await ring('2005');
    await eventually(() => expect(states.slice(-2)).toEqual(['reconnecting', 'live']));
    await eventually(() => expect(created(meanwhile)).toHaveLength(1));
    await labControl('POST', '/phones/2005/hangup');

    const after = await ring('2005');
    await eventually(() => expect(created(after)).toHaveLength(1));
    // The channel keeps the O2G's order: once the end of the last call is in, a repeat of anything
    // before it would be in too.
    await labControl('POST', '/phones/2005/hangup');
    await eventually(() =>
      expect(events).toContainEqual(expect.objectContaining({ eventName: 'OnCallRemoved', callRef: after })),
    );
    expect(created(first)).toHaveLength(1);
    expect(created(meanwhile)).toHaveLength(1);
    expect(created(after)).toHaveLength(1);

    await connection.stop();
    expect(states.at(-1)).toBe('off');
  });

  it('deletes its subscription when stopped, so the O2G ends the stream', async () => {
    const session = await open('oxe2003', '2003');
    const subscriptionIds: string[] = [];
    const recording = {
      ...http,
      request: ((...args: Parameters<typeof http.request>) => {
        const [method, url] = args;
        if (method === 'DELETE' && url.includes('/subscriptions/')) subscriptionIds.push(url);
        return http.request(...args);
      }) as typeof http.request,
    };
    const states: EventChannelState[] = [];
    const connection = connectEvents(recording, session, {
      names: ['telephony'],
      onEvent: () => undefined,
      onState: (state) => states.push(state),
    });
    await eventually(() => expect(states).toContain('live'));
    await connection.stop();
    expect(subscriptionIds).toHaveLength(1);
    expect(states).not.toContain('reconnecting');
  });

  it('tells an O2G that does not answer apart from a dropped stream, and stops at once when abandoned', async () => {
    const session = await open('oxe2004', '2004');
    // Port 1 of the loopback refuses connections: what an O2G that was killed looks like.
    // The wait before the next try ends when the test says so, as if its timer had fired; each try
    // starts with a request, counted here.
    const waits: (() => void)[] = [];
    const sleep = () => new Promise<void>((resolve) => waits.push(resolve));
    let requests = 0;
    const counting = {
      ...http,
      request: ((...args: Parameters<typeof http.request>) => {
        requests += 1;
        return http.request(...args);
      }) as typeof http.request,
    };
    const states: EventChannelState[] = [];
    const connection = connectEvents(
      counting,
      { ...session, baseUrl: 'http://127.0.0.1:1/api/rest/1.0' },
      {
        names: ['telephony'],
        onEvent: () => undefined,
        onState: (state) => states.push(state),
        sleep,
      },
    );
    cleanups.push(() => connection.stop());
    await eventually(() => expect(states).toEqual(['connecting', 'unreachable']));
    expect(waits).toHaveLength(1);
    const triedBefore = requests;

    connection.abandon('The session is gone');
    expect(states.at(-1)).toBe('failed');
    // Even a wait that runs out after the abandon leads to no new try.
    for (const wake of waits) wake();
    await settled();
    expect(states.at(-1)).toBe('failed');
    expect(requests).toBe(triedBefore);
    expect(states.filter((state) => state === 'unreachable')).toHaveLength(1);
  });

  it('gives up when the session is gone', async () => {
    const session = await open('oxe2002', '2002');
    const { states } = follow(session);
    await eventually(() => expect(states).toContain('live'));
    await closeSession(http, session);
    await eventually(() => expect(states.at(-1)).toBe('failed'), 8000);
  });
});
