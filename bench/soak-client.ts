// O2G sessions for the soak, through the proxy as the console runs them: sign in by following the
// returned URLs, send with the X-O2G-Credential header, hold one event channel per session.
import {
  authenticationAnswerSchema,
  discoveryAnswerSchema,
  sessionInfoSchema,
  subscriptionAnswerSchema,
} from '../src/o2g/contract';

/** One signed-in session and its open event channel. */
export interface SoakSession {
  loginName: string;
  deviceId: string;
  send(method: string, url: string, body?: unknown): Promise<Response>;
  /** The session's base URL (`…/api/rest/1.0`). */
  base: string;
  sessionsUrl: string;
  /** Lines read from the event channel so far. */
  eventLines(): number;
  close(): Promise<void>;
}

export async function openSoakSession(
  discoveryUrl: string,
  loginName: string,
  password: string,
): Promise<SoakSession> {
  const discovery = discoveryAnswerSchema.parse(await (await fetch(discoveryUrl)).json());
  const authUrl = discovery.versions[0]?.publicUrl ?? '';
  const basic = `Basic ${Buffer.from(`${loginName}:${password}`).toString('base64')}`;
  const auth = authenticationAnswerSchema.parse(
    await (await fetch(authUrl, { headers: { Authorization: basic } })).json(),
  );
  const send = (method: string, url: string, body?: unknown) =>
    fetch(url, {
      method,
      headers: {
        'X-O2G-Credential': auth.credential,
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const session = sessionInfoSchema.parse(
    await (await send('POST', auth.publicUrl, { applicationName: 'soak' })).json(),
  );
  const base = session.publicBaseUrl;
  const subscription = subscriptionAnswerSchema.parse(
    await (
      await send('POST', `${base}/subscriptions`, {
        filter: { selectors: [{ names: ['telephony', 'eventSummary'] }] },
      })
    ).json(),
  );

  const abort = new AbortController();
  const channel = await fetch(subscription.publicPollingUrl, { method: 'POST', signal: abort.signal });
  if (!channel.ok || !channel.body)
    throw new Error(`the event channel of ${loginName} answered ${channel.status}`);
  let lines = 0;
  // Read and drop: what matters is that the channel keeps flowing, not what it says.
  const reading = (async () => {
    const reader = channel.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      for (const byte of value) if (byte === 10) lines += 1;
    }
  })().catch(() => undefined);

  return {
    loginName,
    deviceId: loginName.replace(/^oxe/, ''),
    send,
    base,
    sessionsUrl: auth.publicUrl,
    eventLines: () => lines,
    close: async () => {
      abort.abort();
      await reading;
      await send('DELETE', auth.publicUrl).catch(() => undefined);
    },
  };
}
