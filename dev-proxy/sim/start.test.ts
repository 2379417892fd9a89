import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authenticationAnswerSchema,
  discoveryAnswerSchema,
  sessionInfoSchema,
  subscriptionAnswerSchema,
} from '../../src/o2g/contract';
import { startSim, type RunningSim } from './start';
import { EventStreamReader } from './testing/event-stream';
import { basic, credentialCookie, rawRequest } from './testing/sim-http';

describe('startSim', () => {
  let sim: RunningSim;
  beforeAll(async () => {
    sim = await startSim({ httpPort: 0, httpsPort: 0 });
  });
  afterAll(() => sim.close());

  it('serves the whole flow over HTTPS with a self-signed certificate, URLs on https', async () => {
    expect(sim.httpsUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const discovery = discoveryAnswerSchema.parse((await rawRequest(`${sim.httpsUrl}/api/rest`)).json());
    const authUrl = discovery.versions[0]?.publicUrl ?? '';
    expect(authUrl).toBe(`${sim.httpsUrl}/api/rest/authenticate?version=1.0`);

    const authResponse = await rawRequest(authUrl, { headers: { authorization: basic('admin', 'admin') } });
    expect(authResponse.status).toBe(200);
    expect(authResponse.headers['set-cookie']?.[0]).toMatch(
      /^AlcUserId=[^;]+; Path=\/; HttpOnly; Secure; SameSite=None$/,
    );
    const auth = authenticationAnswerSchema.parse(authResponse.json());
    const cookie = credentialCookie(auth.credential);

    const opened = await rawRequest(auth.publicUrl, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ applicationName: 'https-test' }),
    });
    const session = sessionInfoSchema.parse(opened.json());
    expect(session.publicBaseUrl).toBe(`${sim.httpsUrl}/api/rest/1.0`);
    expect(session.services).toHaveLength(18);

    expect(
      (await rawRequest(`${auth.publicUrl}/keepalive`, { method: 'POST', headers: { cookie } })).status,
    ).toBe(204);
    expect((await rawRequest(auth.publicUrl, { headers: { cookie } })).status).toBe(200);
    expect((await rawRequest(auth.publicUrl, { method: 'DELETE', headers: { cookie } })).status).toBe(204);
    expect((await rawRequest(auth.publicUrl, { headers: { cookie } })).status).toBe(401);
  });

  it('shares one world between HTTP and HTTPS: a credential from one works on the other', async () => {
    const auth = authenticationAnswerSchema.parse(
      (
        await rawRequest(`${sim.httpUrl}/api/rest/authenticate?version=1.0`, {
          headers: { authorization: basic('oxe2002', '2002') },
        })
      ).json(),
    );
    expect(auth.publicUrl).toBe(`${sim.httpUrl}/api/rest/1.0/sessions`);
    const opened = await rawRequest(`${sim.httpsUrl}/api/rest/1.0/sessions`, {
      method: 'POST',
      headers: { cookie: credentialCookie(auth.credential), 'content-type': 'application/json' },
      body: '{"applicationName":"cross"}',
    });
    expect(opened.status).toBe(200);
    expect(sim.world.sessions.sessionsOf('oxe2002')).toHaveLength(1);
  });

  it('hands HTTPS clients a polling URL on the HTTP listener, where the event channel streams', async () => {
    const auth = authenticationAnswerSchema.parse(
      (
        await rawRequest(`${sim.httpsUrl}/api/rest/authenticate?version=1.0`, {
          headers: { authorization: basic('oxe2003', '2003') },
        })
      ).json(),
    );
    const cookie = credentialCookie(auth.credential);
    await rawRequest(auth.publicUrl, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{"applicationName":"events"}',
    });
    const subscribed = await rawRequest(`${sim.httpsUrl}/api/rest/1.0/subscriptions`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        filter: { selectors: [{ names: ['telephony'] }] },
        version: '1.0',
        timeout: 10,
      }),
    });
    const { publicPollingUrl } = subscriptionAnswerSchema.parse(subscribed.json());
    expect(publicPollingUrl.startsWith(`${sim.httpUrl}/OTEvents?subscriptionId=`)).toBe(true);
    const stream = await EventStreamReader.open(publicPollingUrl);
    expect(await stream.next()).toEqual({ eventName: 'OnChannelInformation', text: 'Chunk started' });
    await stream.close();
  });
});
