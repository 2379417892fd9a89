// @vitest-environment jsdom
// The WADL parser reads XML with the DOM's parser; the lab itself still comes from the node project's
// global setup (its URLs through inject), so this compares the catalogue with the running lab's WADL.
import { describe, expect, it } from 'vitest';
import { labUrls } from '../../testing/lab';
import { createO2gHttp } from '../http';
import { signIn } from '../session';
import { fetchWadl, type WadlOperation } from '../wadl';
import { CATALOGUE } from './index';
import { joinCatalogue, operationKey, OTHER } from './join';

// Which catalogue service holds each WADL operation: its key must name exactly one of them.
const catalogueKeys = new Map(
  CATALOGUE.flatMap((service) =>
    service.operations.map((operation) => [
      operationKey(operation.method, operation.path),
      service.serviceName,
    ]),
  ),
);
const keysOf = (operations: readonly { method: string; path: string }[]) =>
  operations.map((operation) => operationKey(operation.method, operation.path)).sort();

describe('the catalogue against the lab’s WADL', () => {
  let credential: string | undefined;
  const http = createO2gHttp({ getCredential: () => credential });
  const read = async () => {
    const session = await signIn(http, {
      discoveryUrl: labUrls().discoveryUrl,
      loginName: 'admin',
      password: 'admin',
      applicationName: 'vitest-wadl',
      urlKind: 'public',
    });
    credential = session.credential;
    const wadl = await fetchWadl(http, session.baseUrl);
    if (!wadl) throw new Error('the lab serves no WADL');
    return { session, wadl };
  };

  it('has, per service, the same operations (method and path) as the WADL, and the same count', async () => {
    const { wadl } = await read();
    expect(wadl.length).toBeGreaterThan(100);
    // Each WADL operation is in the catalogue, so it can be put in its catalogue service.
    const unknown = wadl.filter(
      (operation) => !catalogueKeys.has(operationKey(operation.method, operation.path)),
    );
    expect(unknown.map((operation) => `${operation.method} ${operation.path}`)).toEqual([]);
    const wadlByService = new Map<string, WadlOperation[]>();
    for (const operation of wadl) {
      const service = catalogueKeys.get(operationKey(operation.method, operation.path)) ?? '';
      wadlByService.set(service, [...(wadlByService.get(service) ?? []), operation]);
    }
    for (const service of CATALOGUE) {
      const declared = wadlByService.get(service.serviceName) ?? [];
      expect(service.operations.length, service.serviceName).toBe(declared.length);
      expect(keysOf(service.operations), service.serviceName).toEqual(keysOf(declared));
    }
    expect(CATALOGUE.flatMap((service) => service.operations)).toHaveLength(wadl.length);
  });

  it('joins into each operation once, all of them known to both, none left to Other', async () => {
    const { session, wadl } = await read();
    const joined = joinCatalogue(CATALOGUE, session.info.services, wadl);
    expect(joined.basis).toBe('wadl');
    expect(joined.services.map((service) => service.serviceName)).not.toContain(OTHER);
    const shown = joined.services.flatMap((service) => service.operations);
    expect(shown.filter((operation) => operation.source !== 'both').map((operation) => operation.id)).toEqual(
      [],
    );
    expect(new Set(keysOf(shown)).size).toBe(shown.length);
    expect(shown).toHaveLength(wadl.length);
  });
});
