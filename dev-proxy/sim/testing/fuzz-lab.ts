// A lab with something in every store (calls, a voice message, comlog records, a callback request, a
// subscription, a directory search, DND), sessions to send bad input with, and the check that bad input
// is refused as O2G refuses it and changes nothing.
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { expect } from 'vitest';
import { o2gErrorBodySchema, subscriptionAnswerSchema } from '../../../src/o2g/contract';
import { callRefOf, openTestSession, type TestSession } from './o2g-session';
import { startServicesLab, type ServicesLab } from './services-lab';
import { basic, credentialCookie } from './sim-http';
import { recordEvents, worldSnapshot } from './world-snapshot';

/** Who sends a bad request: a session, nobody, or a cookie that names no session. */
export type Sender = 'admin' | 'user' | 'pendingAdmin' | 'none' | { cookie: string };

/** One request with bad input. `path` is absolute and already percent-encoded, query included. */
export interface BadRequest {
  as: Sender;
  method: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
  /** Odd but possibly acceptable (a free-text filter): it may be answered, yet never with a 5xx or a change. */
  mayPass?: boolean;
}

export interface FuzzLab extends ServicesLab {
  admin: TestSession;
  /** oxe2001's session. */
  user: TestSession;
  /** An administrator credential with no session yet (what POST /sessions refuses bad bodies with). */
  pendingAdminCookie: string;
  /** Path of the session API, e.g. `/api/rest/1.0`. */
  api: string;
  /** A call ringing from 2004 to 2005. */
  ringingCallRef: string;
  subscriptionId: string;
  /** oxe2001's mailbox and the message left in it. */
  mailboxId: string;
  voicemailId: string;
}

const json = { 'Content-Type': 'application/json' };

/** Starts a lab on a manual clock and fills it through the API, as clients would. */
export async function startFuzzLab(): Promise<FuzzLab> {
  const lab = await startServicesLab();
  const open = (login: string, password: string) => openTestSession(lab.origin, login, password);
  const [admin, user, u2, u3, u4] = await Promise.all([
    open('admin', 'admin'),
    open('oxe2001', '2001'),
    open('oxe2002', '2002'),
    open('oxe2003', '2003'),
    open('oxe2004', '2004'),
  ]);
  const ok = async (response: Promise<Response>) => {
    const answer = await response;
    if (!answer.ok) throw new Error(`seeding failed: ${answer.status} ${await answer.text()}`);
    return answer;
  };

  // 2003 calls 2001, nobody answers, the voicemail takes it and 2003 speaks for 3 s.
  const toVoicemail = await ok(u3.send('POST', '/telephony/calls', { deviceId: '2003', callee: '2001' }));
  lab.clock.advance(21_000);
  await ok(u3.send('GET', '/telephony/calls'));
  lab.clock.advance(3_000);
  await ok(u3.send('DELETE', `/telephony/calls/${callRefOf(toVoicemail)}`));
  const ringing = await ok(u4.send('POST', '/telephony/calls', { deviceId: '2004', callee: '2005' }));
  await ok(u2.send('POST', '/telephony/outgoingCallbacks', { callee: '2001' }));
  await ok(user.send('POST', '/routing/dnd'));
  await ok(
    user.send('POST', '/directory/search', {
      filter: { field: 'lastName', operation: 'BEGIN_WITH', operand: 'M' },
    }),
  );
  const subscription = subscriptionAnswerSchema.parse(
    await (
      await ok(user.send('POST', '/subscriptions', { filter: { selectors: [{ names: ['telephony'] }] } }))
    ).json(),
  );
  const [mailbox] = lab.world.userServices.mailboxes.mailboxesOf('oxe2001');
  const [message] = mailbox?.messages ?? [];
  if (!mailbox || !message) throw new Error('seeding failed: no voice message for oxe2001');

  const auth = await ok(
    fetch(`${lab.origin}/api/rest/authenticate?version=1.0`, {
      headers: { Authorization: basic('admin', 'admin') },
    }),
  );
  const { credential } = (await auth.json()) as { credential: string };
  return {
    ...lab,
    admin,
    user,
    pendingAdminCookie: credentialCookie(credential),
    api: new URL(user.baseUrl).pathname,
    ringingCallRef: callRefOf(ringing),
    subscriptionId: subscription.subscriptionId,
    mailboxId: mailbox.id,
    voicemailId: message.voicemailId,
  };
}

/** Sends a request exactly as given, on a connection of its own (a refused one may be closed). */
export function sendBad(
  lab: FuzzLab,
  request: BadRequest,
): Promise<{ status: number; type: string; text: string }> {
  const cookie =
    request.as === 'none'
      ? undefined
      : typeof request.as === 'object'
        ? request.as.cookie
        : request.as === 'pendingAdmin'
          ? lab.pendingAdminCookie
          : lab[request.as].cookie;
  // An explicit length: Node sends a DELETE's body without one, and the server then reads it as a request.
  const length =
    request.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(request.body)) };
  const headers = {
    ...(request.body !== undefined && json),
    ...length,
    ...(cookie && { Cookie: cookie }),
    ...request.headers,
  };
  return new Promise((resolve, reject) => {
    // Host, port and path apart: a URL string would be normalized first, and `/./` or `/../` never sent.
    const { hostname, port } = new URL(lab.origin);
    const options = { hostname, port, path: request.path, method: request.method, headers, agent: false };
    const req = httpRequest(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers['content-type'] ?? '',
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(request.body);
  });
}

const describeRequest = (request: BadRequest) =>
  `${request.method} ${request.path.slice(0, 200)} as ${JSON.stringify(request.as).slice(0, 60)} body ${JSON.stringify(request.body?.slice(0, 200))}`;

/** Bad input gets a 4xx with an O2G error body, and the world is exactly as it was, nothing announced. */
export async function expectRefusedUnchanged(lab: FuzzLab, request: BadRequest): Promise<void> {
  const before = worldSnapshot(lab.world);
  const recorder = recordEvents(lab.world);
  let response;
  try {
    response = await sendBad(lab, request);
  } finally {
    recorder.stop();
  }
  const what = `${describeRequest(request)} → ${response.status} ${response.text.slice(0, 200)}`;
  expect(response.status, what).toBeLessThan(500);
  if (!request.mayPass || response.status >= 400) {
    expect(response.status, what).toBeGreaterThanOrEqual(400);
    expect(response.type, what).toMatch(/^application\/json/);
    const body = o2gErrorBodySchema.safeParse(JSON.parse(response.text));
    expect(body.success, what).toBe(true);
    expect(body.data?.code, what).toBe(response.status);
  }
  expect(recorder.events, what).toEqual([]);
  expect(worldSnapshot(lab.world), what).toEqual(before);
}

/** Runs a family's property: every generated request is refused without change. */
export function checkFamily(
  lab: () => FuzzLab,
  requests: fc.Arbitrary<BadRequest>,
  numRuns = 60,
): Promise<void> {
  return fc.assert(
    fc.asyncProperty(requests, (request) => expectRefusedUnchanged(lab(), request)),
    { numRuns },
  );
}
