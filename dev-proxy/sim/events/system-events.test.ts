// The `system` package and the maintenance status, driven by the lab controls under /__sim/system.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestSession, type TestSession } from '../testing/o2g-session';
import { expectO2gError, openEventStream, startServicesLab, type ServicesLab } from '../testing/services-lab';

let lab: ServicesLab;
let admin: TestSession;
beforeAll(async () => {
  lab = await startServicesLab({ controls: true });
});
afterAll(() => lab.close());
beforeEach(async () => {
  await fetch(`${lab.origin}/__sim/reset`, { method: 'POST' });
  admin = await openTestSession(lab.origin, 'admin', 'admin');
});

const control = (path: string, body: unknown = {}) =>
  fetch(`${lab.origin}/__sim/system/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

async function status(): Promise<Record<string, unknown> & { pbxs: Record<string, unknown>[] }> {
  const response = await admin.send('GET', '/system/status');
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown> & { pbxs: Record<string, unknown>[] };
}

describe('the system package and the maintenance status', () => {
  it('shows the fields the SDKs read, false values included as in the capture', async () => {
    const body = await status();
    expect(body).toMatchObject({
      ha: false,
      tcollected: false,
      callCenterFeaturesActive: false,
      recordingStatus: { oxrs: [], devices: [] },
    });
    expect(body.pbxs[0]).toMatchObject({
      lmsConnectionStatus: false,
      connected: true,
      ctiLinkState: 'CONNECTED_MAIN',
    });
  });

  it('counts the lab’s sessions in the licence usage', async () => {
    const used = async () => {
      const { license } = (await status()) as unknown as {
        license: { lics: { name: string; currentUsed: number }[] };
      };
      return Object.fromEntries(license.lics.map((l) => [l.name, l.currentUsed]));
    };
    expect(await used()).toMatchObject({ ROXE_API_MANAGEMENT: 1, ROXE_API_TEL_ADVANCED: 0 });
    await openTestSession(lab.origin, 'oxe2001', '2001');
    await openTestSession(lab.origin, 'oxe2002', '2002');
    expect(await used()).toMatchObject({ ROXE_API_MANAGEMENT: 1, ROXE_API_TEL_ADVANCED: 2 });
  });

  it('sends link, load and licence events in the node SDK’s shapes, and the status follows', async () => {
    // The SDK's addMaintenanceEvents(): package `system`, an empty id list.
    const stream = await openEventStream(admin, ['system'], []);
    expect((await control('pbx-link', { up: false })).status).toBe(200);
    expect((await status()).pbxs[0]).toMatchObject({
      connected: false,
      loaded: false,
      ctiLinkState: 'DISCONNECTED',
    });
    expect((await control('pbx-link', { up: true })).status).toBe(200);
    expect((await control('cti-link', { up: true })).status).toBe(200);
    expect((await control('pbx-loaded')).status).toBe(200);
    expect((await control('license-expiration', { nbDays: 10 })).status).toBe(200);
    expect((await control('license-expiration', { nbDays: -2 })).status).toBe(200);
    expect(await stream.take(7)).toEqual([
      { eventName: 'OnPbxLinkDown', nodeId: '1' },
      { eventName: 'OnCtiLinkDown', nodeId: '1' },
      { eventName: 'OnPbxLinkUp', nodeId: '1' },
      { eventName: 'OnCtiLinkUp', nodeId: '1' },
      { eventName: 'OnPbxLoaded', nodeId: '1' },
      { eventName: 'OnLicenseExpiration', message: 'License will expire in 10 days', nbDays: 10 },
      { eventName: 'OnLicenseExpiration', message: 'License expired 2 days ago', nbDays: -2 },
    ]);
    await stream.close();
    const body = (await status()) as unknown as { license: { status: string }; pbxs: unknown[] };
    expect(body.license.status).toBe('EXPIRED');
    expect(body.pbxs[0]).toMatchObject({ connected: true, loaded: true, ctiLinkState: 'CONNECTED_MAIN' });
  });

  it('keeps OnServerStart off streams (it is for web hooks) and refuses bad control bodies', async () => {
    const stream = await openEventStream(admin, ['system'], []);
    expect((await control('server-start')).status).toBe(200);
    expect((await control('cti-link', { up: false })).status).toBe(200);
    expect(await stream.take(1)).toEqual([{ eventName: 'OnCtiLinkDown', nodeId: '1' }]);
    await stream.close();
    await expectO2gError(await control('cti-link', { up: 'no' }), 400);
    await expectO2gError(await control('license-expiration', { nbDays: 1.5 }), 400);
    await control('pbx-link', { up: false });
    await expectO2gError(await control('cti-link', { up: true }), 409);
    await expectO2gError(await control('pbx-loaded'), 409);
  });
});
