// Bad input to the administrators' services (maintenance, PBX management, analytics) and to phone-set
// programming: never a 5xx, always an O2G error body, no subscriber, key or PIN changed.
import fc from 'fast-check';
import { describe } from 'vitest';
import { oddString } from '../testing/bad-input';
import { badRequestsForFamily, bodiesFor, type Endpoint } from '../testing/bad-requests';
import { checkFamily, type BadRequest, type FuzzLab } from '../testing/fuzz-lab';
import { fuzzTest } from '../testing/lab-fixtures';

const isFlag = (value: string) => ['', 'true', 'false'].includes(value);
const isCount = (value: string) => /^\d{1,9}$/.test(value);
const isDay = (value: string) => /^\d{8}$/.test(value);

const attr = (name: string, value: string) => ({ name, value: [value] });
const named = (number: string) => [attr('Directory_Number', number), attr('Annu_Name', 'New')];

// Creations the lab's OXE must refuse: taken or odd numbers, missing or unknown attributes, values
// outside the model.
const badCreations = fc.oneof(
  fc
    .constantFrom('2001', '1999', '9100', '123456789', '', '20a6')
    .map((number) => ({ attributes: named(number) })),
  fc.constant({ attributes: [attr('Directory_Number', '2006')] }),
  fc.constant({ attributes: [attr('Annu_Name', 'Nobody')] }),
  fc.constant({ attributes: [...named('2006'), { name: 'Annu_First_Name', value: ['A', 'B'] }] }),
  fc.constant({ attributes: [...named('2006'), attr('Directory_Name', 'Forced')] }),
  oddString
    .filter((v) => !['ANALOG', 'SIP_Extension', 'NOE_C_Color_IP'].includes(v))
    .map((v) => ({
      attributes: [...named('2006'), attr('Station_Type', v)],
    })),
  oddString
    .filter((v) => v !== 'true' && v !== 'false')
    .map((v) => ({ attributes: [...named('2006'), attr('Multi_line', v)] })),
  oddString
    .filter(
      (name) =>
        ![
          'Annu_First_Name',
          'ACD_Type',
          'Multi_line',
          'Cost_Center_Name',
          'ClickAndPh',
          'Station_Type',
        ].includes(name),
    )
    .map((name) => ({ attributes: [...named('2006'), attr(name, 'x')] })),
);

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
    {
      method: 'POST',
      path: '/pbxs/{nodeId}/instances/{objectName}',
      ids: { ...node, objectName: 'Subscriber' },
      body: { attributes: [attr('Directory_Number', '2006'), attr('Annu_Name', 'Created')] },
      ...admin,
      extra: () => bodiesFor(lab, 'POST', '/pbxs/1/instances/Subscriber', badCreations, 'admin'),
    },
    // Creating an instance, deleting a list: no such operation.
    {
      method: 'POST',
      path: '/pbxs/{nodeId}/instances/Subscriber/{objectId}',
      ids: subscriber,
      body: { attributes: [attr('Annu_Name', 'Created')] },
      ...admin,
    },
    {
      method: 'DELETE',
      path: '/pbxs/{nodeId}/instances/{objectName}',
      ids: { ...node, objectName: 'Subscriber' },
      ...admin,
    },
    // oxe2001 has a session: without `force` the delete is refused, and so are odd force values.
    {
      method: 'DELETE',
      path: '/pbxs/{nodeId}/instances/Subscriber/{objectId}',
      ids: subscriber,
      queryParams: { force: isFlag },
      ...admin,
    },
    {
      method: 'PUT',
      path: '/pbxs/{nodeId}/instances/Subscriber/{objectId}/Tsc_IP_subscriber/{objectId}',
      ids: subscriber,
      body: { attributes: [attr('IP_Softphone_Emul', 'Yes')] },
      ...admin,
      extra: () =>
        bodiesFor(
          lab,
          'PUT',
          '/pbxs/1/instances/Subscriber/2001/Tsc_IP_subscriber/2001',
          fc.oneof(
            oddString
              .filter((v) => v !== 'Yes' && v !== 'No')
              .map((v) => ({ attributes: [attr('IP_Softphone_Emul', v)] })),
            fc.constant({ attributes: [attr('Annu_Name', 'X')] }),
          ),
          'admin',
        ),
    },
    {
      method: 'DELETE',
      path: '/pbxs/{nodeId}/instances/Subscriber/{objectId}/Tsc_IP_subscriber/{objectId}',
      ids: subscriber,
      ...admin,
    },
  ];
};

// Web-hook subscriptions and the administrators' packages: a URL the lab may not post to, a package
// a user may not have, and the WADL, which takes no input at all.
const subscriptionsAndWadl = (lab: FuzzLab): Endpoint[] => [
  {
    method: 'POST',
    path: '/subscriptions',
    as: 'admin',
    body: {
      filter: { selectors: [{ ids: [], names: ['system'] }] },
      version: '1.0',
      webHookUrl: 'http://127.0.0.1:9/hook',
    },
    extra: () =>
      fc.oneof(
        bodiesFor(
          lab,
          'POST',
          '/subscriptions',
          fc
            .oneof(
              oddString,
              oddString.map((host) => `http://${encodeURIComponent(host) || 'x'}.example/hook`),
              fc.constantFrom(
                'http://10.0.0.1/',
                'https://[fe80::1]/',
                'file:///etc/passwd',
                'http://a:b@127.0.0.1/',
              ),
            )
            .filter((url) => !/^https?:\/\/(localhost|127\.|\[::1\])/.test(url))
            .map((webHookUrl) => ({
              filter: { selectors: [{ ids: [], names: ['system'] }] },
              version: '1.0',
              webHookUrl,
            })),
          'admin',
        ),
        bodiesFor(
          lab,
          'POST',
          '/subscriptions',
          fc.constantFrom('system', 'pbxManagement', 'userManagement').map((name) => ({
            filter: { selectors: [{ names: [name] }] },
          })),
          'user',
        ),
      ),
  },
  { method: 'GET', path: '/application.wadl', open: true },
];

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
  fuzzTest('maintenance', ({ lab }) => checkFamily(() => lab, badRequestsForFamily(lab, maintenance()), 40));
  fuzzTest('pbx management', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, pbxManagement(lab)), 100),
  );
  fuzzTest('web-hook subscriptions and the WADL', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, subscriptionsAndWadl(lab)), 80),
  );
  fuzzTest('analytics', ({ lab }) => checkFamily(() => lab, badRequestsForFamily(lab, analytics()), 80));
  fuzzTest('phone-set programming', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, phoneSetProgramming(lab)), 100),
  );
});
