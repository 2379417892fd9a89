// An O2G session through the proxy, as the console opens one (discovery, authenticate, session,
// subscription, event channel), for the benchmarks and the soak that need many. It counts the lines its
// event channel brings and tells whether the channel is still open: a channel that ends while the
// session lives is an error of the lab or the proxy.
import {
  authenticationAnswerSchema,
  discoveryAnswerSchema,
  sessionInfoSchema,
  subscriptionAnswerSchema,
} from '../../src/o2g/contract';

export interface BenchSession {
  loginName: string;
  deviceId: string;
  /** The session's base URL (`…/api/rest/1.0`). */
  base: string;
  sessionsUrl: string;
  /** What `send` carries in X-O2G-Credential: another process can act in the session with it. */
  credential: string;
  send(method: string, url: string, body?: unknown): Promise<Response>;
  /** Lines read from the event channel so far. */
  eventLines(): number;
  /** True once the event channel has ended or failed. */
  closed(): boolean;
  close(): Promise<void>;
}

/** Signs in as a lab user (`oxe<extension>`, password the extension) and opens its event channel. */
export async function openBenchSession(
  discoveryUrl: string,
  extension: string,
  applicationName = 'bench',
): Promise<BenchSession> {
  const loginName = `oxe${extension}`;
  const discovery = discoveryAnswerSchema.parse(await (await fetch(discoveryUrl)).json());
  const basic = `Basic ${Buffer.from(`${loginName}:${extension}`).toString('base64')}`;
  const auth = authenticationAnswerSchema.parse(
    await (await fetch(discovery.versions[0]?.publicUrl ?? '', { headers: { Authorization: basic } })).json(),
  );
  const send = sendWith(auth.credential);
  const session = sessionInfoSchema.parse(
    await (await send('POST', auth.publicUrl, { applicationName })).json(),
  );
  const subscription = subscriptionAnswerSchema.parse(
    await (
      await send('POST', `${session.publicBaseUrl}/subscriptions`, {
        filter: { selectors: [{ names: ['telephony', 'eventSummary'] }] },
      })
    ).json(),
  );

  const abort = new AbortController();
  const channel = await fetch(subscription.publicPollingUrl, { method: 'POST', signal: abort.signal });
  if (!channel.ok || !channel.body)
    throw new Error(`the event channel of ${loginName} answered ${channel.status}`);
  let lines = 0;
  let ended = false;
  let closing = false;
  // Read and count: what matters is that the channel stays open and keeps flowing, not what it says.
  const reading = (async () => {
    const reader = channel.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      for (let at = value.indexOf(10); at !== -1; at = value.indexOf(10, at + 1)) lines += 1;
    }
  })()
    .catch(() => undefined)
    .finally(() => (ended = !closing));

  return {
    loginName,
    deviceId: extension,
    base: session.publicBaseUrl,
    sessionsUrl: auth.publicUrl,
    credential: auth.credential,
    send,
    eventLines: () => lines,
    closed: () => ended,
    close: async () => {
      closing = true;
      abort.abort();
      await reading;
      await send('DELETE', auth.publicUrl).catch(() => undefined);
    },
  };
}

/** A request in the session of a credential, as the console sends it through the proxy. */
export function sendWith(credential: string) {
  return (method: string, url: string, body?: unknown): Promise<Response> =>
    fetch(url, {
      method,
      headers: {
        'X-O2G-Credential': credential,
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
}
