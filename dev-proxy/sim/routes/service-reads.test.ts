import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callbackListSchema,
  deviceListSchema,
  directorySearchResultSchema,
  eventSummarySchema,
  incidentListSchema,
  loginListSchema,
  mailboxListSchema,
  pbxNodeListSchema,
  pbxObjectIdsSchema,
  pbxObjectSchema,
  programmableKeyListSchema,
  routingStateSchema,
  systemStatusSchema,
  userSchema,
} from '../../../src/o2g/contract';
import { openTestSession, type TestSession } from '../testing/o2g-session';
import { expectO2gError, startServicesLab, type ServicesLab } from '../testing/services-lab';

let lab: ServicesLab;
let admin: TestSession;
let alice: TestSession;
beforeAll(async () => {
  lab = await startServicesLab();
  admin = await openTestSession(lab.origin, 'admin', 'admin');
  alice = await openTestSession(lab.origin, 'oxe2001', '2001');
});
afterAll(() => lab.close());

const read = async (session: TestSession, path: string) => {
  const response = await session.send('GET', path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as unknown;
};

// Per-user reads: a user reads its own; an administrator names the user.
describe.each([
  ['a user', () => alice, ''],
  ['an administrator', () => admin, '?loginName=oxe2001'],
])('main reads of the per-user services as %s', (_who, session, asAlice) => {
  it.each([
    [
      'EventSummary',
      '/eventSummary',
      (v: unknown) => expect(eventSummarySchema.parse(v).missedCallsNb).toBe(0),
    ],
    [
      'Voicemail',
      '/messaging/mailboxes',
      (v: unknown) => expect(mailboxListSchema.parse(v).mailboxes[0]?.id).toBe('2001'),
    ],
    [
      'Routing',
      '/routing/state',
      (v: unknown) => expect(routingStateSchema.parse(v).dndState.activate).toBe(false),
    ],
    [
      'Comlog',
      '/comlog/records',
      (v: unknown) => expect(v).toEqual({ offset: 0, totalCount: 0, comHistoryRecords: [] }),
    ],
    [
      'IncomingCallbacks',
      '/telephony/incomingCallbacks',
      (v: unknown) => expect(callbackListSchema.parse(v).callbacks).toEqual([]),
    ],
  ])('%s', async (_service, path, check) => {
    check(await read(session(), `${path}${asAlice}`));
  });
});

describe('users, logins and phone sets', () => {
  it('lists every login to an administrator and only its own to a user', async () => {
    expect(loginListSchema.parse(await read(admin, '/logins')).loginNames).toEqual([
      'oxe2001',
      'oxe2002',
      'oxe2003',
      'oxe2004',
      'oxe2005',
    ]);
    expect(await read(admin, '/logins?nodeIds=1%3B2&onlyACD')).toEqual({ loginNames: [] });
    expect(await read(alice, '/logins')).toEqual({ loginNames: ['oxe2001'] });
  });

  it('describes users by login, by number and by companyPhone', async () => {
    expect(userSchema.parse(await read(alice, '/users'))).toEqual({
      companyPhone: '2001',
      firstName: 'Alice',
      lastName: 'Martin',
      loginName: 'oxe2001',
      voicemail: { number: '1999', type: 'VM_4645' },
      devices: [{ type: 'DESKPHONE', id: '2001', subType: 'SIP_Extension' }],
      nodeId: '1',
    });
    expect(userSchema.parse(await read(admin, '/users/2003')).voicemail).toBeUndefined();
    expect(userSchema.parse(await read(admin, '/users?companyPhone=2002')).loginName).toBe('oxe2002');
    expect(await read(alice, '/users/oxe2001/preferences')).toEqual({ guiLanguage: 'en', oxeLanguage: 'en' });
    await expectO2gError(await admin.send('GET', '/users'), 400);
    await expectO2gError(await admin.send('GET', '/users/nobody'), 404);
  });

  it('changes a password only with the old one, only for oneself (or as administrator)', async () => {
    await expectO2gError(
      await alice.send('PUT', '/users/oxe2002/password', { oldPassword: '2002', newPassword: 'x' }),
      403,
    );
    await expectO2gError(
      await alice.send('PUT', '/users/oxe2001/password', { oldPassword: 'wrong', newPassword: 'x' }),
      403,
    );
    await expectO2gError(await alice.send('PUT', '/users/oxe2001/password', { oldPassword: 2001 }), 400);
    expect(
      (await admin.send('PUT', '/users/oxe2005/password', { oldPassword: '2005', newPassword: 'five' }))
        .status,
    ).toBe(204);
    expect(lab.world.directory.checkPassword('oxe2005', 'five')?.loginName).toBe('oxe2005');
  });

  it('programs a phone set: devices, keys, lock, PIN', async () => {
    expect(
      deviceListSchema.parse(await read(alice, '/users/oxe2001/devices')).devices.map((d) => d.id),
    ).toEqual(['2001']);
    const key = { position: 3, number: '2004', mnemonic: 'David', locked: false };
    expect((await alice.send('PUT', '/users/oxe2001/devices/2001/programmeableKeys/3', key)).status).toBe(
      204,
    );
    expect(
      programmableKeyListSchema.parse(await read(alice, '/users/oxe2001/devices/2001/programmedKeys')).pkeys,
    ).toEqual([key]);
    expect(
      programmableKeyListSchema.parse(await read(admin, '/users/oxe2001/devices/2001/programmeableKeys'))
        .pkeys,
    ).toHaveLength(10);
    expect((await alice.send('PUT', '/users/oxe2001/devices/2001/lock?activate=true')).status).toBe(204);
    expect(await read(alice, '/users/oxe2001/devices/2001/dynamicState')).toEqual({
      lock: true,
      campon: false,
    });
    await expectO2gError(
      await alice.send('PUT', '/users/oxe2001/devices/2001/programmeableKeys/4', key),
      400,
    );
    await expectO2gError(await alice.send('GET', '/users/oxe2002/devices'), 403);
    await expectO2gError(await alice.send('GET', '/users/oxe2001/devices/2002/pin'), 404);
  });
});

describe('the directory search', () => {
  it('answers NOK, then the results, then FINISH, then 404', async () => {
    const filter = {
      filter: {
        operation: 'OR',
        operand: [
          { field: 'lastName', operation: 'BEGIN_WITH', operand: 'mar' },
          { field: 'id.phoneNumber', operation: 'END_WITH', operand: '05' },
        ],
      },
    };
    expect((await alice.send('POST', '/directory/search', filter)).status).toBe(201);
    const poll = async () => directorySearchResultSchema.parse(await read(alice, '/directory/search'));
    expect((await poll()).resultCode).toBe('NOK');
    const batch = await poll();
    expect(batch.resultCode).toBe('OK');
    expect(batch.resultElements.flatMap((e) => e.contacts.map((c) => c.lastName))).toEqual([
      'Martin',
      'Laurent',
    ]);
    expect((await poll()).resultCode).toBe('FINISH');
    await expectO2gError(await alice.send('GET', '/directory/search'), 404);
    await expectO2gError(
      await alice.send('POST', '/directory/search', {
        filter: { field: 'nickname', operation: 'CONTAIN', operand: 'a' },
      }),
      400,
    );
    expect((await alice.send('DELETE', '/directory/search')).status).toBe(204);
  });
});

describe('administrator services', () => {
  it.each(['/system/status', '/pbxs', '/usages/incidents?nodeId=1'])('refuses %s to a user', async (path) => {
    await expectO2gError(await alice.send('GET', path), 403);
  });

  it('shows the system status with the lab node and licences', async () => {
    const status = systemStatusSchema.parse(await read(admin, '/system/status'));
    expect(status.pbxs).toEqual([
      expect.objectContaining({
        nodeId: 1,
        connected: true,
        monitoredUserNumber: 5,
        ctiLinkState: 'CONNECTED_MAIN',
      }),
    ]);
    expect(status.license.lics.map((l) => l.name)).toContain('ROXE_API_TEL_ADVANCED');
    expect(status.startDate).toBe('2026-01-15T09:30:00.000Z');
  });

  it('exposes node 1 and its Subscribers, filtered, and renames one through PBX management', async () => {
    expect(pbxNodeListSchema.parse(await read(admin, '/pbxs'))).toEqual({ nodeIds: ['1'] });
    expect(pbxObjectIdsSchema.parse(await read(admin, '/pbxs/1/instances/Subscriber')).objectIds).toEqual([
      '2001',
      '2002',
      '2003',
      '2004',
      '2005',
    ]);
    const filtered = await read(
      admin,
      `/pbxs/1/instances/Subscriber?filter=${encodeURIComponent('Annu_Name==m* or Directory_Number=ge=2005')}`,
    );
    expect(filtered).toEqual({ objectName: 'Subscriber', objectIds: ['2001', '2004', '2005'] });
    const subscriber = pbxObjectSchema.parse(
      await read(admin, '/pbxs/1/instances/Subscriber/2002?attributes=Annu_Name%2CStation_Type'),
    );
    expect(subscriber.attributes).toEqual([
      { name: 'Annu_Name', value: ['Lefebvre'] },
      { name: 'Station_Type', value: ['SIP_Extension'] },
    ]);
    const rename = { attributes: [{ name: 'Annu_Name', value: ['Lefèvre'] }] };
    expect((await admin.send('PUT', '/pbxs/1/instances/Subscriber/2002', rename)).status).toBe(204);
    expect(userSchema.parse(await read(admin, '/users/oxe2002')).lastName).toBe('Lefèvre');
    await expectO2gError(
      await admin.send('PUT', '/pbxs/1/instances/Subscriber/2002', {
        attributes: [{ name: 'Station_Type', value: ['ANALOG'] }],
      }),
      403,
    );
    await expectO2gError(await admin.send('GET', '/pbxs/7/instances/Subscriber'), 404);
    await expectO2gError(await admin.send('GET', '/pbxs/1/instances/Subscriber?filter=nonsense'), 400);
  });

  it('lists the node’s incidents, most recent first', async () => {
    const { incidents } = incidentListSchema.parse(await read(admin, '/usages/incidents?nodeId=1&last=2'));
    expect(incidents.map((i) => [i.date, i.hour])).toEqual([
      ['15/01/26', '09:31:30'],
      ['15/01/26', '09:31:05'],
    ]);
    await expectO2gError(await admin.send('GET', '/usages/incidents'), 400);
    expect(await read(admin, '/usages/charging?nodeId=1&fromDate=20260101&toDate=20260131')).toMatchObject({
      chargings: [],
      totalTicketNb: 0,
    });
  });
});
