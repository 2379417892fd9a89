import { describe, expect, it } from 'vitest';
import { CATALOGUE, carriedValues, operationUrl } from './index';

// The services the lab's administrator session advertises, in its order.
const LAB_SERVICES = [
  'Logins',
  'Users',
  'BasicTelephony',
  'Telephony',
  'Devices',
  'State',
  'IncomingCallbacks',
  'OutgoingCallbacks',
  'Directory',
  'EventSummary',
  'Routing',
  'Comlog',
  'PhoneSetProgramming',
  'Subscriptions',
  'Voicemail',
  'PbxManagement',
  'Analytics',
  'Maintenance',
  // Not listed by a session, but every session has it.
  'Sessions',
];
const PERSON_GIVES = new Set([
  'telephony.transfer',
  'telephony.merge',
  'telephony.reconnect',
  'devices.pickup',
  'devices.unpark',
  'users.changePassword',
]);
const operations = CATALOGUE.flatMap((service) => service.operations);

describe('the catalogue', () => {
  it('covers every service the lab advertises, each with operations', () => {
    expect(CATALOGUE.map((service) => service.serviceName)).toEqual(LAB_SERVICES);
    for (const service of CATALOGUE) expect(service.operations.length).toBeGreaterThan(0);
  });

  it('gives every operation a unique id and declares each path parameter of its template', () => {
    expect(new Set(operations.map((operation) => operation.id)).size).toBe(operations.length);
    for (const operation of operations) {
      const inPath = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = operation.params.filter((param) => param.in === 'path').map((param) => param.name);
      expect(declared, operation.id).toEqual(inPath);
    }
  });

  it('has a lab example that its own body schema accepts, for every operation with a body', () => {
    for (const operation of operations.filter((candidate) => candidate.body)) {
      // These examples leave a value for the person to give (another call's ref, a new password).
      if (PERSON_GIVES.has(operation.id)) continue;
      const parsed = operation.body?.safeParse(operation.example);
      expect(parsed?.success, `${operation.id}: ${JSON.stringify(parsed?.error?.issues)}`).toBe(true);
    }
  });

  it('marks the query loginName as the act-as parameter wherever an operation takes one', () => {
    for (const operation of operations) {
      const login = operation.params.find((param) => param.name === 'loginName' && param.in === 'query');
      if (login && operation.id !== 'users.find') expect(login.actAs, operation.id).toBe(true);
    }
  });
});

describe('operationUrl', () => {
  const release = operations.find((operation) => operation.id === 'telephony.release');
  if (!release) throw new Error('telephony.release missing');

  it('fills the path, encodes each value, and appends the non-empty query values', () => {
    expect(
      operationUrl('https://o2g/api/rest/1.0/', release, { callRef: 'a/b', loginName: 'oxe2001' }),
    ).toEqual({
      url: 'https://o2g/api/rest/1.0/telephony/calls/a%2Fb?loginName=oxe2001',
    });
    expect(operationUrl('https://o2g/api/rest/1.0', release, { callRef: 'c1', loginName: '' })).toEqual({
      url: 'https://o2g/api/rest/1.0/telephony/calls/c1',
    });
  });

  it('keeps the slashes of a many-segment PBX object path, encoding each segment', () => {
    const change = operations.find((operation) => operation.id === 'pbx.changeInstance');
    if (!change) throw new Error('pbx.changeInstance missing');
    expect(
      operationUrl('https://o2g/api/rest/1.0', change, { nodeId: '1', objectPath: '/Subscriber/20 01/' }),
    ).toEqual({
      url: 'https://o2g/api/rest/1.0/pbxs/1/instances/Subscriber/20%2001',
    });
  });

  it('reports a missing path value instead of building a URL', () => {
    expect(operationUrl('https://o2g/api/rest/1.0', release, { callRef: ' ' })).toEqual({
      missing: ['callRef'],
    });
  });
});

describe('carriedValues', () => {
  it('finds the callRef of a new call in its Location header', () => {
    expect(
      carriedValues(undefined, { Location: 'https://o2g/api/rest/1.0/telephony/calls/abc%3D1' }),
    ).toEqual([{ kind: 'callRef', value: 'abc=1' }]);
  });

  it('finds identifiers at any depth, lists included, each once', () => {
    const found = carriedValues({
      loginNames: ['oxe2001', 'oxe2002'],
      calls: [{ callRef: 'c1', legs: [{ deviceId: '2001' }] }, { callRef: 'c1' }],
      devices: [{ id: '2003', type: 'DESKPHONE' }],
      mailboxes: [{ id: '2001', name: 'Alice' }],
      comHistoryRecords: [{ recordId: 7 }],
      subscriptionId: 's-1',
      nodeIds: ['1'],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'loginName', value: 'oxe2001' },
        { kind: 'loginName', value: 'oxe2002' },
        { kind: 'callRef', value: 'c1' },
        { kind: 'deviceId', value: '2001' },
        { kind: 'deviceId', value: '2003' },
        { kind: 'mailboxId', value: '2001' },
        { kind: 'recordId', value: '7' },
        { kind: 'subscriptionId', value: 's-1' },
        { kind: 'nodeId', value: '1' },
      ]),
    );
    expect(found.filter((value) => value.kind === 'callRef')).toHaveLength(1);
  });
});
