#!/usr/bin/env node
// A plain O2G client with nothing but fetch: it starts from /api/rest and follows the URLs each answer
// returns, as ALE's SDKs do. It signs in as the administrator and as users, subscribes to events, calls
// 2001 -> 2002 (answered, released), calls through the trunk loopback, leaves a voicemail and reads it back.
//
//   node dev-proxy/examples/o2g-walkthrough.mjs http://127.0.0.1:8780          the embedded lab over HTTP
//   NODE_TLS_REJECT_UNAUTHORIZED=0 node dev-proxy/examples/o2g-walkthrough.mjs https://127.0.0.1:8743
//   node dev-proxy/examples/o2g-walkthrough.mjs http://127.0.0.1:8787          through the dev proxy
//
// Against a lab started with --controls it moves the lab's clock instead of waiting for the ring timeout.
// Exit code 0 when every step did what an O2G does; 1 (with the step that failed) otherwise.

const origin = (process.argv[2] ?? 'http://127.0.0.1:8780').replace(/\/+$/, '');
const log = (line) => console.log(line);
const fail = (message) => {
  throw new Error(message);
};

async function call(method, url, { cookie, json, headers = {} } = {}) {
  const response = await fetch(url, {
    method,
    headers: {
      ...(cookie ? { Cookie: cookie } : {}),
      ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json() : new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body };
}

function expectStatus(answer, status, what) {
  if (answer.status !== status)
    fail(`${what}: expected HTTP ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
}

/** Discovery -> authentication -> session, following the returned public URLs. */
async function signIn(loginName, password) {
  const discovery = expectStatus(await call('GET', `${origin}/api/rest`), 200, 'discovery');
  const authUrl = discovery.body.versions.find((version) => version.id === '1.0').publicUrl;
  const basic = `Basic ${Buffer.from(`${loginName}:${password}`).toString('base64')}`;
  const auth = expectStatus(
    await call('GET', authUrl, { headers: { Authorization: basic } }),
    200,
    `authenticate ${loginName}`,
  );
  const cookie = `AlcUserId=${auth.body.credential}`;
  const session = expectStatus(
    await call('POST', auth.body.publicUrl, { cookie, json: { applicationName: 'walkthrough' } }),
    200,
    `open session ${loginName}`,
  );
  log(`signed in as ${loginName} (admin: ${session.body.admin}), ${session.body.services.length} services`);
  return { loginName, cookie, sessionsUrl: auth.body.publicUrl, base: session.body.publicBaseUrl };
}

/** Subscribes and reads the NDJSON channel in the background; `next(name)` waits for an event. */
async function subscribe(session, ids, names) {
  const answer = expectStatus(
    await call('POST', `${session.base}/subscriptions`, {
      cookie: session.cookie,
      json: { filter: { selectors: [{ ids, names }] }, version: '1.0', timeout: 0 },
    }),
    200,
    'subscribe',
  );
  if (answer.body.status !== 'ACCEPTED') fail(`subscription refused: ${JSON.stringify(answer.body)}`);
  const events = [];
  const waiters = [];
  const abort = new AbortController();
  // The channel is authenticated by its subscriptionId alone, as SDKs open it: no cookie.
  const stream = await fetch(answer.body.publicPollingUrl, { method: 'POST', signal: abort.signal });
  if (!stream.ok) fail(`event channel: HTTP ${stream.status}`);
  const pump = (async () => {
    const decoder = new TextDecoder();
    let buffered = '';
    for await (const chunk of stream.body) {
      buffered += decoder.decode(chunk, { stream: true });
      let newline;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (!line) continue;
        events.push(JSON.parse(line));
        for (const waiter of [...waiters]) waiter();
      }
    }
  })().catch(() => undefined);
  let seen = 0;
  const next = (predicate, what) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} event within 5 s`)), 5000);
      const check = () => {
        while (seen < events.length) {
          const event = events[seen++];
          if (predicate(event)) {
            clearTimeout(timer);
            waiters.splice(waiters.indexOf(check), 1);
            resolve(event);
            return;
          }
        }
      };
      waiters.push(check);
      check();
    });
  await next((event) => event.eventName === 'OnChannelInformation', 'OnChannelInformation');
  log(`subscribed ${session.loginName} to ${names.join(', ')}${ids.length ? ` for ${ids.join(', ')}` : ''}`);
  return {
    next,
    close: async () => {
      abort.abort();
      await pump;
      await call('DELETE', `${session.base}/subscriptions/${answer.body.subscriptionId}`, {
        cookie: session.cookie,
      });
    },
  };
}

/** Lets `seconds` of lab time pass: moved by the lab controls when they are on, else waited for. */
async function letTimePass(seconds) {
  const moved = await fetch(`${origin}/__sim/clock/advance`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ seconds }),
  }).catch(() => undefined);
  if (moved?.ok) return;
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

const callRefOf = (answer) => (answer.headers.get('location') ?? fail('no Location header')).split('/').pop();

async function main() {
  const admin = await signIn('admin', 'admin');
  const alice = await signIn('oxe2001', '2001');
  const bruno = await signIn('oxe2002', '2002');
  const chloe = await signIn('oxe2003', '2003');

  const adminEvents = await subscribe(admin, ['oxe2001', 'oxe2002'], ['telephony']);
  const brunoEvents = await subscribe(bruno, [], ['telephony', 'eventSummary']);
  const aliceEvents = await subscribe(alice, [], ['eventSummary']);

  // 2001 calls 2002; 2002 answers; 2001 hangs up.
  const made = expectStatus(
    await call('POST', `${alice.base}/telephony/calls`, {
      cookie: alice.cookie,
      json: { deviceId: '2001', callee: '2002', autoAnswer: true },
    }),
    201,
    'make call 2001 -> 2002',
  );
  const callRef = callRefOf(made);
  await brunoEvents.next(
    (event) => event.eventName === 'OnCallCreated' && event.callRef === callRef,
    'OnCallCreated (2002)',
  );
  log(`2001 calls 2002: callRef ${callRef}, ringing at 2002`);
  expectStatus(
    await call('POST', `${bruno.base}/telephony/calls/${callRef}/answer`, {
      cookie: bruno.cookie,
      json: { deviceId: '2002' },
    }),
    204,
    'answer at 2002',
  );
  await adminEvents.next(
    (event) =>
      event.eventName === 'OnCallModified' &&
      event.loginName === 'oxe2001' &&
      event.callRef === callRef &&
      event.callData?.state === 'ACTIVE',
    'OnCallModified ACTIVE (admin, 2001)',
  );
  log('2002 answered: the call is active');
  expectStatus(
    await call('DELETE', `${alice.base}/telephony/calls/${callRef}`, { cookie: alice.cookie }),
    204,
    'release at 2001',
  );
  await brunoEvents.next(
    (event) => event.eventName === 'OnCallRemoved' && event.callRef === callRef,
    'OnCallRemoved (2002)',
  );
  log('2001 hung up: the call is gone at 2002');

  // The trunk loopback: 91 + XX + YYY + 2003 leaves on the trunk and comes back as an external call.
  const loopback = expectStatus(
    await call('POST', `${alice.base}/telephony/calls`, {
      cookie: alice.cookie,
      json: { deviceId: '2001', callee: '91123452003', autoAnswer: true },
    }),
    201,
    'loopback call',
  );
  const calls = expectStatus(
    await call('GET', `${chloe.base}/telephony/calls`, { cookie: chloe.cookie }),
    200,
    'calls at 2003',
  );
  const incoming = calls.body.calls.find((candidate) => candidate.callData?.state === 'RINGING_INCOMING');
  if (!incoming) fail(`2003 has no ringing call: ${JSON.stringify(calls.body)}`);
  const external = JSON.stringify(incoming).includes('EXTERNAL');
  if (!external) fail(`2003 does not see an external caller: ${JSON.stringify(incoming)}`);
  log(`loopback 91123452003 rings at 2003 as an external call`);
  expectStatus(
    await call('DELETE', `${alice.base}/telephony/calls/${callRefOf(loopback)}`, { cookie: alice.cookie }),
    204,
    'release loopback',
  );

  // Voicemail: 2003 calls 2001, nobody answers, the call goes to 2001's mailbox, 2003 talks, then hangs up.
  const toVoicemail = expectStatus(
    await call('POST', `${chloe.base}/telephony/calls`, {
      cookie: chloe.cookie,
      json: { deviceId: '2003', callee: '2001', autoAnswer: true },
    }),
    201,
    'call 2003 -> 2001',
  );
  await letTimePass(21);
  await letTimePass(3);
  expectStatus(
    await call('DELETE', `${chloe.base}/telephony/calls/${callRefOf(toVoicemail)}`, { cookie: chloe.cookie }),
    204,
    'hang up after the message',
  );
  await aliceEvents.next(
    (event) => event.eventName === 'OnEventSummaryUpdated' && event.eventSummary?.voiceMessagesNb > 0,
    'OnEventSummaryUpdated',
  );
  log('2003 left a message in 2001\u2019s mailbox; eventSummary says so');

  const mailboxes = expectStatus(
    await call('GET', `${alice.base}/messaging/mailboxes`, { cookie: alice.cookie }),
    200,
    'mailboxes',
  );
  const mailboxId = mailboxes.body.mailboxes[0]?.id ?? fail('2001 has no mailbox');
  const counters = expectStatus(
    await call('POST', `${alice.base}/messaging/mailboxes/${mailboxId}`, {
      cookie: alice.cookie,
      json: { password: '1234' },
    }),
    200,
    'connect to mailbox',
  );
  const list = expectStatus(
    await call('GET', `${alice.base}/messaging/mailboxes/${mailboxId}/voicemails`, { cookie: alice.cookie }),
    200,
    'list voicemails',
  );
  const message = list.body.voicemails[0] ?? fail('no message listed');
  const wav = expectStatus(
    await call('GET', `${alice.base}/messaging/mailboxes/${mailboxId}/voicemails/${message.voicemailId}`, {
      cookie: alice.cookie,
    }),
    200,
    'download voicemail',
  );
  const riff = new TextDecoder().decode(wav.body.slice(0, 4));
  if (riff !== 'RIFF') fail('the voicemail is not a WAV file');
  log(
    `mailbox ${mailboxId}: ${counters.body.newVoiceMsg} new of ${counters.body.totalVoiceMsg}; ` +
      `message ${message.voicemailId} (${message.duration} s) downloaded as a ${wav.body.length}-byte WAV`,
  );

  for (const events of [adminEvents, brunoEvents, aliceEvents]) await events.close();
  for (const session of [admin, alice, bruno, chloe]) {
    expectStatus(
      await call('DELETE', session.sessionsUrl, { cookie: session.cookie }),
      204,
      `close session ${session.loginName}`,
    );
  }
  log('all sessions closed: walkthrough passed');
}

main().catch((error) => {
  console.error(`walkthrough failed: ${error.message}`);
  process.exit(1);
});
