// An O2G session through the proxy, as the console opens one (discovery, authenticate, session,
// subscription, event channel), for the benchmarks that need many. It tells whether its event channel
// is still open: a channel that ends while the session lives is an error of the lab or the proxy.
import {
  authenticationAnswerSchema,
  discoveryAnswerSchema,
  sessionInfoSchema,
  subscriptionAnswerSchema,
} from '../../src/o2g/contract';

export interface BenchSession {
  deviceId: string;
  /** The session's base URL (`…/api/rest/1.0`). */
  base: string;
  send(method: string, url: string, body?: unknown): Promise<Response>;
  /** True once the event channel has ended or failed. */
  closed(): boolean;
  close(): Promise<void>;
}

export async function openBenchSession(discoveryUrl: string, extension: string): Promise<BenchSession> {
  const discovery = discoveryAnswerSchema.parse(await (await fetch(discoveryUrl)).json());
  const basic = `Basic ${Buffer.from(`oxe${extension}:${extension}`).toString('base64')}`;
  const auth = authenticationAnswerSchema.parse(
    await (await fetch(discovery.versions[0]?.publicUrl ?? '', { headers: { Authorization: basic } })).json(),
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
    await (await send('POST', auth.publicUrl, { applicationName: 'bench' })).json(),
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
    throw new Error(`the event channel of oxe${extension} answered ${channel.status}`);
  let ended = false;
  let closing = false;
  // Read and drop: what matters is that the channel stays open and keeps flowing.
  const reading = (async () => {
    const reader = channel.body!.getReader();
    while (!(await reader.read()).done);
  })()
    .catch(() => undefined)
    .finally(() => (ended = !closing));

  return {
    deviceId: extension,
    base: session.publicBaseUrl,
    send,
    closed: () => ended,
    close: async () => {
      closing = true;
      abort.abort();
      await reading;
      await send('DELETE', auth.publicUrl).catch(() => undefined);
    },
  };
}
