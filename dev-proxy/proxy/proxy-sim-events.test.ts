// The event channel of the embedded lab through the proxy, as the console uses it: the lab's HTTPS
// listener answers with a polling URL on its HTTP port, a port the proxy learns from that answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim } from '../sim/start';
import { startProxy, type RunningProxy } from './start';

type Json = Record<string, unknown>;

let sim: Awaited<ReturnType<typeof startSim>>;
let proxy: RunningProxy;

beforeAll(async () => {
  sim = await startSim({ httpPort: 0, httpsPort: 0 });
  // The lab's certificate is self-signed: trust it the way a user would for a lab they know.
  proxy = await startProxy({ port: 0, targets: [sim.httpsUrl], insecure: true, log: () => undefined });
});
afterAll(async () => {
  await proxy.close();
  await sim.close();
});

async function post(url: string, credential: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'X-O2G-Credential': credential, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('the lab event channel through the proxy', () => {
  it('maps the polling URL onto the learned HTTP port and streams an event promptly', async () => {
    const prefix = `${proxy.url}/o2g/https/${new URL(sim.httpsUrl).host}`;
    const auth = (await (
      await fetch(`${prefix}/api/rest/authenticate?version=1.0`, {
        headers: { Authorization: `Basic ${Buffer.from('oxe2001:2001').toString('base64')}` },
      })
    ).json()) as Json;
    const credential = String(auth.credential);
    const session = (await (
      await post(String(auth.publicUrl), credential, { applicationName: 'events' })
    ).json()) as Json;
    const base = String(session.publicBaseUrl);
    expect(base).toBe(`${prefix}/api/rest/1.0`);

    const subscription = (await (
      await post(`${base}/subscriptions`, credential, {
        filter: { selectors: [{ names: ['telephony'] }] },
        version: '1.0',
        timeout: 0,
      })
    ).json()) as Json;
    const simHttpPort = new URL(sim.httpUrl).port;
    expect(String(subscription.publicPollingUrl)).toMatch(
      new RegExp(`^${proxy.url}/o2g/http/127\\.0\\.0\\.1:${simHttpPort}/OTEvents\\?subscriptionId=`),
    );

    const abort = new AbortController();
    const channel = await fetch(String(subscription.publicPollingUrl), {
      method: 'POST',
      signal: abort.signal,
    });
    expect(channel.status).toBe(200);
    const reader = channel.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const nextEvent = async (): Promise<Json> => {
      while (!text.includes('\n')) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the channel ended');
        text += decoder.decode(value, { stream: true });
      }
      const [line = '', ...rest] = text.split('\n');
      text = rest.join('\n');
      return JSON.parse(line) as Json;
    };
    expect(await nextEvent()).toMatchObject({ eventName: 'OnChannelInformation' });

    const call = await post(`${base}/telephony/basicCall`, credential, { deviceId: '2001', callee: '2002' });
    expect(call.status).toBeLessThan(300);
    let event = await nextEvent();
    while (event.eventName === 'OnChannelInformation') event = await nextEvent();
    // The channel stays open: the event arriving at all proves the proxy passed it on as it came.
    expect(event.eventName).toBe('OnCallCreated');
    abort.abort();
    await reader.cancel().catch(() => undefined);
  });
});
