import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '.';
import { matchRequest } from './match-request';

const ORIGIN = 'http://127.0.0.1:5173';
// The session's base URL as the console holds it: through its proxy.
const BASE = `${ORIGIN}/o2g/https/127.0.0.1:8743/api/rest/1.0`;
const operations = CATALOGUE.flatMap((service) => service.operations);
const match = (method: string, url: string) => matchRequest(operations, BASE, method, url, ORIGIN);

describe('matchRequest', () => {
  it('finds the operation of a request and reads its path and query parameters back', () => {
    const found = match('PUT', `${BASE}/users/oxe2002/devices/2002/programmeableKeys/3?x=1`);
    expect(found?.operation.id).toBe('phoneSet.setProgrammableKey');
    expect(found?.params).toEqual({ loginName: 'oxe2002', deviceId: '2002', position: '3', x: '1' });
  });

  it('reads a relative URL the same way, and keeps the act-as loginName of the query', () => {
    const found = match('POST', '/o2g/https/127.0.0.1:8743/api/rest/1.0/routing/forwardroute?loginName=oxe2002');
    expect(found?.operation.id).toBe('routing.setForward');
    expect(found?.params).toEqual({ loginName: 'oxe2002' });
  });

  it('prefers a literal path to a template, and tells methods apart', () => {
    expect(match('GET', `${BASE}/routing/state`)?.operation.id).toBe('routing.getState');
    expect(match('DELETE', `${BASE}/routing/dnd`)?.operation.id).toBe('routing.cancelDnd');
    expect(match('POST', `${BASE}/routing/dnd`)?.operation.id).toBe('routing.activateDnd');
  });

  it('decodes a value and keeps the slashes of a PBX object path', () => {
    const found = match('GET', `${BASE}/telephony/calls/call%2F7`);
    expect(found?.params).toEqual({ callRef: 'call/7' });
    const pbx = operations.find((operation) => operation.path.includes('instances/{objectPath}'));
    expect(pbx).toBeDefined();
    const url = `${BASE}${(pbx?.path ?? '').replace(/\{([^}]+)\}/g, (_, name: string) =>
      name === 'objectPath' ? 'Subscriber/2001/Tsc_IP_subscriber/2001' : 'x',
    )}`;
    expect(match(pbx?.method ?? 'GET', url)?.params.objectPath).toBe('Subscriber/2001/Tsc_IP_subscriber/2001');
  });

  it('finds nothing for another O2G, a path outside the API or an unknown operation', () => {
    expect(match('GET', 'https://elsewhere:8743/api/rest/1.0/routing/state')).toBeUndefined();
    expect(match('GET', '/o2g/https/127.0.0.1:8743/api/rest/authenticate?version=1.0')).toBeUndefined();
    expect(match('PATCH', `${BASE}/routing/state`)).toBeUndefined();
  });
});
