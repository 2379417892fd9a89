// The console's way to the lab controls (/o2g/__lab): it exists only when the embedded lab runs with
// --controls, it reaches that lab's /__sim and nothing else, and a page of another site gets nowhere.
// Real lab, real proxies, a recording bystander upstream that must stay silent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROXY_LAB_CONTROLS_PATH, PROXY_TARGETS_PATH, proxyTargetsSchema } from '../../src/o2g/contract';
import { startSim } from '../sim/start';
import { createProxy } from './create-proxy';
import { startProxy, type RunningProxy } from './start';
import { rawRequest } from './testing/client';
import { startHttpUpstream, type TestUpstream } from './testing/upstreams';

let sim: Awaited<ReturnType<typeof startSim>>;
let bystander: TestUpstream;
/** Started as `npm start -- --controls` starts it. */
let withControls: RunningProxy;
/** The same targets, the lab without --controls. */
let withoutControls: RunningProxy;

beforeAll(async () => {
  sim = await startSim({ controls: true });
  bystander = await startHttpUpstream();
  const common = { port: 0, targets: [sim.httpsUrl, bystander.origin], insecure: true, log: () => undefined };
  withControls = await startProxy({ ...common, labControls: sim.httpsUrl });
  withoutControls = await startProxy(common);
});
afterAll(async () => {
  await Promise.all([withControls.close(), withoutControls.close()]);
  await Promise.all([sim.close(), bystander.close()]);
});

interface LabStateAnswer {
  nowMs: number;
  users: { loginName: string; phone: { number: string; name: string; busy: boolean } }[];
}

const control = (proxy: RunningProxy, method: string, path: string, body?: unknown) =>
  fetch(`${proxy.url}${PROXY_LAB_CONTROLS_PATH}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const targetsOf = async (proxy: RunningProxy) =>
  proxyTargetsSchema.parse(await (await fetch(`${proxy.url}${PROXY_TARGETS_PATH}`)).json()).targets;

describe('the lab controls through the proxy', () => {
  it('are reported on the embedded lab only, and only with --controls', async () => {
    const on = await targetsOf(withControls);
    expect(on.find((target) => target.origin === sim.httpsUrl)?.controls).toBe(true);
    expect(on.find((target) => target.origin === bystander.origin)?.controls).toBeUndefined();
    for (const target of await targetsOf(withoutControls)) expect(target.controls).toBeUndefined();
  });

  it('reach the lab: a phone made busy there is busy in the lab', async () => {
    const busy = await control(withControls, 'PUT', '/phones/2003/behaviour', { busy: true });
    expect(busy.status).toBe(200);
    expect(await busy.json()).toMatchObject({ number: '2003', busy: true });
    const direct = (await (await fetch(`${sim.httpUrl}/__sim/state`)).json()) as LabStateAnswer;
    expect(direct.users.find((user) => user.phone.number === '2003')?.phone).toMatchObject({
      name: 'Chloé Dubois',
      busy: true,
    });
    expect((await control(withControls, 'POST', '/reset')).status).toBe(200);
    const state = (await (await control(withControls, 'GET', '/state')).json()) as LabStateAnswer;
    expect(state.users.find((user) => user.phone.number === '2003')?.phone.busy).toBe(false);
  });

  it('answer a bad control in the lab\u2019s own error body and change nothing', async () => {
    const bad = await control(withControls, 'PUT', '/phones/2004/behaviour', { busy: 'yes' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ httpStatus: 'BAD_REQUEST' });
    const state = (await (await control(withControls, 'GET', '/state')).json()) as LabStateAnswer;
    expect(state.users.find((user) => user.phone.number === '2004')?.phone.busy).toBe(false);
  });

  it('do not exist without --controls, and nothing is forwarded', async () => {
    const answer = await control(withoutControls, 'POST', '/reset');
    expect(answer.status).toBe(404);
    expect(await answer.json()).toMatchObject({ error: 'not-found' });
    expect(bystander.hits).toEqual([]);
  });

  it('go to the embedded lab only, never to another target', async () => {
    await control(withControls, 'GET', '/state');
    await control(withControls, 'POST', '/reset');
    expect(bystander.hits).toEqual([]);
  });

  it('refuse pages of another site, by Origin here and by Sec-Fetch-Site at the lab', async () => {
    const foreign = await control(withControls, 'GET', '/state');
    expect(foreign.status).toBe(200);
    const byOrigin = await fetch(`${withControls.url}${PROXY_LAB_CONTROLS_PATH}/reset`, {
      method: 'POST',
      headers: { Origin: 'http://attacker.example' },
    });
    expect(byOrigin.status).toBe(403);
    const bySite = await fetch(`${withControls.url}${PROXY_LAB_CONTROLS_PATH}/reset`, {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(bySite.status).toBe(403);
    expect(await bySite.json()).toMatchObject({ httpStatus: 'FORBIDDEN' });
    const sameOrigin = await fetch(`${withControls.url}${PROXY_LAB_CONTROLS_PATH}/state`, {
      headers: { Origin: withControls.url, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuse paths that would leave the controls', async () => {
    for (const path of ['/%2e%2e/api/rest', '/../api/rest', '/x/..%2fapi', '\\..\\api']) {
      const answer = await rawRequest(`${withControls.url}${PROXY_LAB_CONTROLS_PATH}${path}`);
      expect(answer.status, path).toBe(403);
    }
  });
});

describe('what travels to the lab', () => {
  it('is the control alone: no credential, cookie or vault handle', async () => {
    const recorder = await startHttpUpstream((_request, response) => response.end('{}'));
    const proxy = createProxy({
      targets: [recorder.origin],
      labControls: recorder.origin,
      log: () => undefined,
    });
    try {
      const answer = await proxy.inject({
        method: 'POST',
        url: `${PROXY_LAB_CONTROLS_PATH}/phones/2002/answer?x=1`,
        headers: {
          'X-O2G-Credential': 'secret',
          Cookie: 'AlcUserId=secret',
          'Sec-Fetch-Site': 'same-origin',
        },
      });
      expect(answer.statusCode).toBe(200);
      expect(recorder.hits).toEqual(['POST /__sim/phones/2002/answer?x=1']);
      const sent = recorder.headers[0] ?? {};
      expect(sent['x-o2g-credential']).toBeUndefined();
      expect(sent.cookie).toBeUndefined();
      expect(sent['sec-fetch-site']).toBe('same-origin');
    } finally {
      await proxy.close();
      await recorder.close();
    }
  });

  it('cannot be any origin but a target', () => {
    expect(() =>
      createProxy({
        targets: ['http://127.0.0.1:9'],
        labControls: 'http://127.0.0.1:10',
        log: () => undefined,
      }),
    ).toThrow(/not a target/);
  });
});
