// Web pages must not drive the lab controls: a form (text/plain, urlencoded), a no-cors fetch with an
// unlabelled body, or a request that says it comes from another site is refused and changes nothing,
// directly and through the dev proxy. Tests and scripts (no Origin) keep working.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import { World } from '../model/world';
import { startProxy } from '../../proxy/start';
import { createSimApp } from '../server';
import { startSim } from '../start';
import { expectO2gError } from '../testing/services-lab';
import { listenOnFreePort, rawRequest } from '../testing/sim-http';

const CONSOLE = 'http://localhost:5173';
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function startLab() {
  const clock = new ManualClock();
  const world = new World(loadLab(), clock);
  const app = createSimApp(world, { controls: true, allowOrigins: [CONSOLE] });
  const origin = await listenOnFreePort(app);
  closers.push(() => app.close());
  return { clock, world, origin };
}

const advance = (url: string, headers: Record<string, string>, body = '{"seconds":100}') =>
  fetch(`${url}/__sim/clock/advance`, { method: 'POST', headers, body });

describe('lab controls and other sites', () => {
  it.each([
    ['a text/plain form', { 'Content-Type': 'text/plain' }],
    ['an urlencoded form', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['a multipart form', { 'Content-Type': 'multipart/form-data; boundary=x' }],
  ])('refuse %s with a 415 and leave the clock alone', async (_what, headers) => {
    const lab = await startLab();
    const before = lab.clock.now();
    const body = await expectO2gError(await advance(lab.origin, headers), 415);
    expect(body.helpMessage).toMatch(/application\/json/);
    expect(lab.clock.now()).toBe(before);
  });

  it('refuse a body that comes without a Content-Type (a no-cors fetch of a Blob)', async () => {
    const lab = await startLab();
    const before = lab.clock.now();
    const response = await rawRequest(`${lab.origin}/__sim/clock/advance`, {
      method: 'POST',
      body: '{"seconds":100}',
    });
    expect(response.status).toBe(415);
    expect(lab.clock.now()).toBe(before);
  });

  it.each([
    ['another origin', { Origin: 'https://evil.example' }],
    ['an opaque origin', { Origin: 'null' }],
    ['another site, without Origin (the proxy drops it)', { 'Sec-Fetch-Site': 'cross-site' }],
    ['another port of this host, without Origin', { 'Sec-Fetch-Site': 'same-site' }],
  ])('refuse JSON from %s with a 403 and change nothing', async (_what, headers) => {
    const lab = await startLab();
    const before = lab.clock.now();
    await expectO2gError(await advance(lab.origin, { 'Content-Type': 'application/json', ...headers }), 403);
    await expectO2gError(await fetch(`${lab.origin}/__sim/reset`, { method: 'POST', headers }), 403);
    expect(lab.clock.now()).toBe(before);
  });

  it.each([
    ['a script (no Origin)', {}],
    ['a page of the lab itself', 'own'],
    ['the console the lab was told about', { Origin: CONSOLE, 'Sec-Fetch-Site': 'same-site' }],
    ['a browser tab typing the URL', { 'Sec-Fetch-Site': 'none' }],
  ] as const)('answer %s', async (_what, extra) => {
    const lab = await startLab();
    const headers = extra === 'own' ? { Origin: lab.origin, 'Sec-Fetch-Site': 'same-origin' } : extra;
    const answer = await advance(lab.origin, { 'Content-Type': 'application/json', ...headers });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { nowMs: number }).nowMs).toBe(lab.clock.now());
  });
});

describe('O2G requests with a body that is not JSON', () => {
  it('are refused with a 415, as Jersey does, before anything happens', async () => {
    const lab = await startLab();
    const { credential } = (await (
      await fetch(`${lab.origin}/api/rest/authenticate?version=1.0`, {
        headers: { Authorization: `Basic ${Buffer.from('oxe2001:2001').toString('base64')}` },
      })
    ).json()) as { credential: string };
    const cookie = `AlcUserId=${credential}`;
    const sessions = `${lab.origin}/api/rest/1.0/sessions`;
    // A form cannot open the session: the cookie alone is not enough.
    const form = { Cookie: cookie, 'Content-Type': 'text/plain' };
    await expectO2gError(
      await fetch(sessions, { method: 'POST', headers: form, body: '{"applicationName":"x"}' }),
      415,
    );
    expect(lab.world.sessions.sessionsOf('oxe2001')).toHaveLength(0);
    const json = { Cookie: cookie, 'Content-Type': 'application/json; charset=utf-8' };
    expect(
      (await fetch(sessions, { method: 'POST', headers: json, body: '{"applicationName":"x"}' })).status,
    ).toBe(200);
    // Nor can it place a call, even an empty text/plain form on a body-less action.
    const call = { deviceId: '2001', callee: '2002' };
    await expectO2gError(
      await fetch(`${lab.origin}/api/rest/1.0/telephony/basicCall`, {
        method: 'POST',
        headers: form,
        body: JSON.stringify(call),
      }),
      415,
    );
    await expectO2gError(
      await fetch(`${lab.origin}/api/rest/1.0/routing/dnd`, { method: 'POST', headers: form, body: '' }),
      415,
    );
    expect(lab.world.telephony.userState('oxe2001')).toBe('FREE');
    expect(lab.world.userServices.routing.routingOf('oxe2001').dnd).toBe(false);
    // Body-less requests without a label still work (the Java SDK sends none).
    expect(
      (await fetch(`${lab.origin}/api/rest/1.0/routing/dnd`, { method: 'POST', headers: { Cookie: cookie } }))
        .status,
    ).toBe(204);
  });
});

describe('lab controls through the dev proxy', () => {
  it('refuse a form and a cross-site request the proxy forwards', async () => {
    const sim = await startSim({ httpPort: 0, httpsPort: 0, controls: true });
    closers.push(() => sim.close());
    const proxy = await startProxy({
      port: 0,
      targets: [sim.httpsUrl],
      insecure: true,
      labControls: sim.httpsUrl,
      log: () => undefined,
    });
    closers.unshift(() => proxy.close());
    // The proxy's route for the console's Lab drawer; the target path (scripts) meets the same guard.
    for (const controls of [
      `${proxy.url}/o2g/__lab`,
      `${proxy.url}/o2g/https/${new URL(sim.httpsUrl).host}/__sim`,
    ]) {
      await refusesOtherSites(controls, sim);
    }
  });
});

/** A form and a cross-site request change nothing; a script (no Origin, no Sec-Fetch-Site) gets through. */
async function refusesOtherSites(controls: string, sim: Awaited<ReturnType<typeof startSim>>) {
  const before = sim.world.clock.now();

  const form = await fetch(`${controls}/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: 'x=1',
  });
  expect(form.status).toBe(415);
  const crossSite = await fetch(`${controls}/clock/advance`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site', Origin: CONSOLE },
    body: '{"seconds":3600}',
  });
  expect(crossSite.status).toBe(403);
  expect(sim.world.clock.now() - before).toBeLessThan(3_600_000);
  // A script through the proxy still reaches them.
  expect((await fetch(`${controls}/state`)).status).toBe(200);
}
