import { describe, expect, it } from 'vitest';
import type { WadlOperation } from '../wadl';
import { CATALOGUE } from './index';
import { joinCatalogue, operationKey, OTHER } from './join';

const PBX = [{ serviceName: 'PbxManagement', relativeUrl: '/pbxs' }];
const op = (method: string, path: string): WadlOperation => ({ method, path, params: [] });

describe('operationKey', () => {
  it('ignores template names, doubled and trailing slashes', () => {
    expect(operationKey('post', '/telephony/calls/{callRef}/hold/')).toBe(
      operationKey('POST', '/telephony//calls/{id}/hold'),
    );
    expect(operationKey('GET', '/telephony/calls/{callRef}')).not.toBe(
      operationKey('DELETE', '/telephony/calls/{x}'),
    );
  });

  it('reads every run of templates after a PBX `instances` as the one wildcard', () => {
    const wildcard = operationKey('GET', '/pbxs/{nodeId}/instances/{objectPath}');
    expect(operationKey('GET', '/pbxs/{nodeId}/instances/{objectName}')).toBe(wildcard);
    expect(operationKey('GET', '/pbxs/{nodeId}/instances/{objectName}/{objectId}')).toBe(wildcard);
    expect(operationKey('GET', '/pbxs/{nodeId}/instances')).not.toBe(wildcard);
  });
});

describe('joinCatalogue on PBX object paths', () => {
  it('shows each instance operation once, whether the WADL spells the wildcard as one template or several', () => {
    const spellings = [
      [op('GET', '/pbxs/{nodeId}/instances/{objectPath}')],
      [
        op('GET', '/pbxs/{nodeId}/instances/{objectName}'),
        op('GET', '/pbxs/{nodeId}/instances/{objectName}/{objectId}'),
      ],
    ];
    for (const wadl of spellings) {
      const joined = joinCatalogue(CATALOGUE, PBX, wadl);
      const pbx = joined.services.find((service) => service.serviceName === 'PbxManagement');
      const gets = pbx?.operations.filter(
        (operation) => operation.path.includes('/instances/') && operation.method === 'GET',
      );
      expect(gets?.map((operation) => [operation.id, operation.source])).toEqual([
        ['pbx.getInstances', 'both'],
      ]);
      expect(joined.services.some((service) => service.serviceName === OTHER)).toBe(false);
    }
  });

  it('places a WADL-only operation of the implicit Sessions service under it, not under Other', () => {
    const joined = joinCatalogue(CATALOGUE, PBX, [op('POST', '/sessions/extend')]);
    const sessions = joined.services.find((service) => service.serviceName === 'Sessions');
    expect(sessions?.operations.find((operation) => operation.source === 'wadl')?.path).toBe(
      '/sessions/extend',
    );
    expect(joined.services.some((service) => service.serviceName === OTHER)).toBe(false);
  });
});
