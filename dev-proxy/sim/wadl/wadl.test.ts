// The WADL lists exactly the service operations the app serves: checked against the routes Fastify
// registered (collected here by a hook of the test's own), with their path and query parameters.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import { World } from '../model/world';
import { createSimApp } from '../server';
import { listenOnFreePort } from '../testing/sim-http';
import { readWadl } from '../testing/wadl-reader';

let app: FastifyInstance;
let origin: string;
const registered: string[] = [];
beforeAll(async () => {
  app = createSimApp(new World(loadLab(), new ManualClock()), { controls: true });
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) registered.push(`${method} ${route.url}`);
  });
  origin = await listenOnFreePort(app);
});
afterAll(() => app.close());

const toWadlPath = (url: string) =>
  url
    .replace('/api/rest/1.0/', '')
    .replace(/:([A-Za-z]+)/g, '{$1}')
    .replace('*', '{objectPath}');

describe('GET /api/rest/1.0/application.wadl', () => {
  it('is the WADL media type, served without a session, based on the API', async () => {
    const response = await fetch(`${origin}/api/rest/1.0/application.wadl`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/vnd\.sun\.wadl\+xml/);
    const xml = await response.text();
    expect(xml).toContain('<application xmlns="http://wadl.dev.java.net/2009/02"');
    expect(readWadl(xml).base).toBe(`${origin}/api/rest/1.0/`);
  });

  it('lists every service route and nothing else', async () => {
    const { methods } = readWadl(await (await fetch(`${origin}/api/rest/1.0/application.wadl`)).text());
    const expected = registered
      .filter(
        (r) => r.includes(' /api/rest/1.0/') && !r.startsWith('HEAD ') && !r.endsWith('application.wadl'),
      )
      .map((r) => {
        const [method = '', url = ''] = r.split(' ');
        return `${method} ${toWadlPath(url)}`;
      });
    expect(expected.length).toBeGreaterThan(80);
    expect(methods.map((m) => `${m.method} ${m.path}`).sort()).toEqual([...new Set(expected)].sort());
    expect(new Set(methods.map((m) => m.id)).size).toBe(methods.length);
    expect(registered.some((r) => r.includes('/__sim/'))).toBe(true);
  });

  it('declares template segments and the query parameters the routes parse', async () => {
    const { methods } = readWadl(await (await fetch(`${origin}/api/rest/1.0/application.wadl`)).text());
    const find = (method: string, path: string) =>
      methods.find((m) => m.method === method && m.path === path);
    const instances = 'pbxs/{nodeId}/instances/{objectPath}';
    expect(find('GET', instances)).toMatchObject({
      query: ['filter', 'attributes'],
      templates: ['nodeId', 'objectPath'],
    });
    expect(find('DELETE', instances)?.query).toEqual(['force']);
    expect(find('GET', 'logins')?.query).toEqual(['nodeIds', 'onlyACD', 'onlyWithExtLogin']);
    expect(find('PUT', 'comlog/records')?.query).toEqual(
      expect.arrayContaining(['acknowledge', 'loginName']),
    );
    expect(find('GET', 'system/status')).toMatchObject({ query: [], templates: [] });
    expect(find('POST', 'telephony/calls/{callRef}/recording')?.query).toEqual(['action', 'loginName']);
  });

  // An administrator acts for a user with `?loginName=`: every per-user operation must publish it.
  it('declares the act-as loginName on the Telephony and Routing operations', async () => {
    const { methods } = readWadl(await (await fetch(`${origin}/api/rest/1.0/application.wadl`)).text());
    const find = (method: string, path: string) =>
      methods.find((m) => m.method === method && m.path === path);
    expect(find('POST', 'telephony/calls')?.query).toEqual(['loginName']);
    expect(find('GET', 'routing/state')?.query).toEqual(['loginName']);
    expect(find('POST', 'telephony/calls/{callRef}/answer')?.query).toEqual(['loginName']);
    const perUser = methods.filter((m) => /^(telephony|routing)(\/|$)/.test(m.path));
    expect(perUser.length).toBeGreaterThan(50);
    expect(perUser.filter((m) => !m.query.includes('loginName')).map((m) => `${m.method} ${m.path}`)).toEqual(
      [],
    );
  });
});
