// Bad input to the administrators' services (maintenance, PBX management, analytics) and to phone-set
// programming: never a 5xx, always an O2G error body, no subscriber, key or PIN changed.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { oddString } from '../testing/bad-input';
import { badRequestsForFamily, type Endpoint } from '../testing/bad-requests';
import { checkFamily, startFuzzLab, type BadRequest, type FuzzLab } from '../testing/fuzz-lab';

let lab: FuzzLab;
beforeAll(async () => {
  lab = await startFuzzLab();
});
afterAll(() => lab.close());

const isFlag = (value: string) => ['', 'true', 'false'].includes(value);
const isCount = (value: string) => /^\d{1,9}$/.test(value);
const isDay = (value: string) => /^\d{8}$/.test(value);

const bodiesFor = (
  lab: FuzzLab,
  method: string,
  path: string,
  bodies: fc.Arbitrary<unknown>,
  as: BadRequest['as'],
) =>
  bodies.map((body): BadRequest => ({ as, method, path: `${lab.api}${path}`, body: JSON.stringify(body) }));

const maintenance = (): Endpoint[] => [
  { method: 'GET', path: '/system/status', as: 'admin', adminOnly: true },
];

const pbxManagement = (lab: FuzzLab): Endpoint[] => {
  const node = { nodeId: '1' };
  const subscriber = { nodeId: '1', objectId: '2001' };
  const admin = { as: 'admin' as const, adminOnly: true };
  return [
    { method: 'GET', path: '/pbxs', ...admin },
    { method: 'GET', path: '/pbxs/{nodeId}', ids: node, ...admin },
    { method: 'GET', path: '/pbxs/{nodeId}/model', ids: node, ...admin },
    {
      method: 'GET',
      path: '/pbxs/{nodeId}/model/{objectName}',
      ids: { ...node, objectName: 'Subscriber' },
      ...admin,
    },
    { method: 'GET', path: '/pbxs/{nodeId}/instances', ids: node, ...admin },
    {
      method: 'GET',
      path: '/pbxs/{nodeId}/instances/{objectName}',
      ids: { ...node, objectName: 'Subscriber' },
      looseQueryParams: ['filter', 'attributes'],
      ...admin,
    },
    {
      method: 'GET',
      path: '/pbxs/{nodeId}/instances/Subscriber/{objectId}',
      ids: subscriber,
      looseQueryParams: ['attributes'],
      ...admin,
    },
    {
      method: 'PUT',
      path: '/pbxs/{nodeId}/instances/Subscriber/{objectId}',
      ids: subscriber,
      body: { attributes: [{ name: 'Annu_Name', value: ['Renamed'] }] },
      ...admin,
      extra: () =>
        bodiesFor(
          lab,
          'PUT',
          '/pbxs/1/instances/Subscriber/2001',
          fc.oneof(
            fc.constant({ attributes: [] }),
            oddString
              .filter((name) => name !== 'Annu_Name' && name !== 'Annu_First_Name')
              .map((name) => ({
                attributes: [
                  { name: 'Annu_Name', value: ['A'] },
                  { name, value: ['B'] },
                ],
              })),
          ),
          'admin',
        ),
    },
    ...(['POST', 'DELETE'] as const).map((method): Endpoint => ({
      method,
      path: '/pbxs/{nodeId}/instances/Subscriber/{objectId}',
      ids: subscriber,
      body: { attributes: [{ name: 'Annu_Name', value: ['Created'] }] },
      ...admin,
    })),
  ];
};

const analytics = (): Endpoint[] => {
  const admin = { as: 'admin' as const, adminOnly: true, query: 'nodeId=1' };
  const nodeId = (value: string) => value === '1';
  return [
    { method: 'GET', path: '/usages/incidents', ...admin, queryParams: { nodeId, last: isCount } },
    {
      method: 'GET',
      path: '/usages/charging/files',
      ...admin,
      queryParams: { nodeId, fromDate: isDay, toDate: isDay },
    },
    {
      method: 'GET',
      path: '/usages/charging',
      ...admin,
      queryParams: { nodeId, fromDate: isDay, toDate: isDay, top: isCount, all: isFlag },
      looseQueryParams: ['files'],
    },
  ];
};

const phoneSetProgramming = (lab: FuzzLab): Endpoint[] => {
  const set = '/users/{loginName}/devices/{deviceId}';
  const ids = { loginName: 'oxe2001', deviceId: '2001', position: '1' };
  const key = { position: 1, number: '2002', mnemonic: 'Bruno', locked: false };
  const softKey = { position: 1, number: '2002', mnemonic: 'Bruno' };
  const keyBodies = (path: string, body: Record<string, unknown>) =>
    bodiesFor(
      lab,
      'PUT',
      path,
      fc.oneof(
        fc.integer({ min: 2, max: 999 }).map((position) => ({ ...body, position })),
        fc
          .oneof(fc.integer({ max: 0 }), fc.double({ min: 0.1, max: 9.9, noInteger: true }))
          .map((position) => ({ ...body, position })),
      ),
      'user',
    );
  return [
    {
      method: 'GET',
      path: '/users/{loginName}/devices',
      ids,
      // Another user's sets are not one's own to see.
      extra: () =>
        fc.constant<BadRequest>({ as: 'user', method: 'GET', path: `${lab.api}/users/oxe2002/devices` }),
    },
    ...['', '/programmeableKeys', '/programmedKeys', '/softKeys', '/pin', '/dynamicState'].map(
      (suffix): Endpoint => ({ method: 'GET', path: `${set}${suffix}`, ids }),
    ),
    {
      method: 'PUT',
      path: `${set}/programmeableKeys/{position}`,
      ids,
      body: key,
      extra: () => keyBodies('/users/oxe2001/devices/2001/programmeableKeys/1', key),
    },
    { method: 'DELETE', path: `${set}/programmeableKeys/{position}`, ids },
    {
      method: 'PUT',
      path: `${set}/softKeys/{position}`,
      ids,
      body: softKey,
      extra: () => keyBodies('/users/oxe2001/devices/2001/softKeys/1', softKey),
    },
    { method: 'DELETE', path: `${set}/softKeys/{position}`, ids },
    ...['lock', 'campon', 'REActive'].map((flag): Endpoint => ({
      method: 'PUT',
      path: `${set}/${flag}`,
      ids,
      query: 'activate=true',
      queryParams: { activate: (value) => value === 'true' || value === 'false' },
    })),
    {
      method: 'PUT',
      path: `${set}/pin`,
      ids,
      body: {
        Pin_Number: '1234',
        With_Secret_Code: false,
        Pin_Type_Of_Control: 'PIN_Category',
        Pin_Group: 0,
      },
    },
    {
      method: 'PUT',
      path: `${set}/associate`,
      ids,
      body: { associate: '2002' },
      extra: () =>
        bodiesFor(
          lab,
          'PUT',
          '/users/oxe2001/devices/2001/associate',
          oddString.filter((a) => !/^[0-9]+$/.test(a)).map((associate) => ({ associate })),
          'user',
        ),
    },
  ];
};

describe('bad input to the administrators’ services and phone-set programming', () => {
  it('maintenance', () => checkFamily(() => lab, badRequestsForFamily(lab, maintenance()), 40));
  it('pbx management', () => checkFamily(() => lab, badRequestsForFamily(lab, pbxManagement(lab)), 100));
  it('analytics', () => checkFamily(() => lab, badRequestsForFamily(lab, analytics()), 80));
  it('phone-set programming', () =>
    checkFamily(() => lab, badRequestsForFamily(lab, phoneSetProgramming(lab)), 100));
});
