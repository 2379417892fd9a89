import { describe, expect, it } from 'vitest';
import { labUrls } from '../testing/lab';
import { isO2gError } from './errors';
import { createO2gHttp } from './http';
import { signIn } from './session';
import * as telephony from './telephony';

const BASE = 'http://console.test/o2g/https/lab.test/api/rest/1.0/';

describe('telephony URLs', () => {
  it('adds loginName only for a named user, and trims the base URL', () => {
    expect(telephony.telephonyUrl({ baseUrl: BASE }, '/state')).toBe(
      'http://console.test/o2g/https/lab.test/api/rest/1.0/telephony/state',
    );
    expect(telephony.telephonyUrl({ baseUrl: BASE, loginName: 'oxe 2001' }, '/calls')).toMatch(
      /\/telephony\/calls\?loginName=oxe%202001$/,
    );
  });

  it('reads the callRef from an absolute or relative Location', () => {
    expect(telephony.callRefFromLocation('https://h/api/rest/1.0/telephony/calls/a6aaea5b21000700')).toBe(
      'a6aaea5b21000700',
    );
    expect(telephony.callRefFromLocation('/telephony/calls/abc/?x=1')).toBe('abc');
    expect(telephony.callRefFromLocation(null)).toBeUndefined();
  });
});

// Against the real lab behind the proxy, as the admin acting for 2001-2003 (other test files use 2004-2005).
describe('telephony requests on the lab', () => {
  let credential: string | undefined;
  const http = createO2gHttp({ getCredential: () => credential });
  const admin = async () => {
    const session = await signIn(http, {
      discoveryUrl: labUrls().discoveryUrl,
      loginName: 'admin',
      password: 'admin',
      applicationName: 'vitest',
      urlKind: 'public',
    });
    credential = session.credential;
    return session;
  };
  const stateOf = async (baseUrl: string, loginName: string, callRef: string) => {
    const call = (await telephony.getCalls(http, { baseUrl, loginName })).find((c) => c.callRef === callRef);
    return call?.callData?.state;
  };

  it('makes a call, answers it, holds, retrieves, sends DTMF and releases it, each move seen by the lab', async () => {
    const { baseUrl } = await admin();
    const alice = { baseUrl, loginName: 'oxe2001' };
    const bruno = { baseUrl, loginName: 'oxe2002' };
    const { callRef } = await telephony.makeCall(http, alice, {
      deviceId: '2001',
      callee: '2002',
      autoAnswer: true,
    });
    expect(callRef).toMatch(/^[0-9a-f]{16}$/);
    const ref = callRef ?? '';
    expect(await stateOf(baseUrl, 'oxe2002', ref)).toBe('RINGING_INCOMING');

    await telephony.answer(http, bruno, ref, '2002');
    expect(await stateOf(baseUrl, 'oxe2001', ref)).toBe('ACTIVE');
    await telephony.hold(http, alice, ref, '2001');
    expect(await stateOf(baseUrl, 'oxe2001', ref)).toBe('HELD');
    await telephony.retrieve(http, alice, ref, '2001');
    expect(await stateOf(baseUrl, 'oxe2001', ref)).toBe('ACTIVE');
    await telephony.sendDtmf(http, alice, ref, '2001', '12#');

    await telephony.release(http, alice, ref);
    expect(await stateOf(baseUrl, 'oxe2002', ref)).toBeUndefined();
    const state = await telephony.getState(http, bruno);
    expect(state.userState).toBe('FREE');
  });

  it('makes a plain BasicTelephony call that rings at the callee', async () => {
    const { baseUrl } = await admin();
    await telephony.makeCall(
      http,
      { baseUrl, loginName: 'oxe2003' },
      { deviceId: '2003', callee: '2001', autoAnswer: true },
      { basic: true },
    );
    const ringing = (await telephony.getCalls(http, { baseUrl, loginName: 'oxe2001' })).find(
      (call) => call.callData?.state === 'RINGING_INCOMING',
    );
    expect(ringing).toBeDefined();
    await telephony.release(http, { baseUrl, loginName: 'oxe2003' }, ringing?.callRef ?? '');
    expect(await telephony.getCalls(http, { baseUrl, loginName: 'oxe2001' })).toEqual([]);
  });

  it('reports a number outside the dial plan with the O2G telephony error block', async () => {
    const { baseUrl } = await admin();
    const failure = await telephony
      .makeCall(http, { baseUrl, loginName: 'oxe2003' }, { deviceId: '2003', callee: '7777' })
      .catch((error: unknown) => error);
    expect(isO2gError(failure) && failure.status).toBe(400);
    expect(isO2gError(failure) && failure.body?.telephony?.errorCause).toBe('INVALID_DESTINATION');
  });
});
