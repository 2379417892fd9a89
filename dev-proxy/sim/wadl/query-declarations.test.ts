// Every query parameter a route's handler reads is one it declared (and so one the WADL publishes).
// Each operation of the WADL is sent over HTTP by an administrator acting for a user; a hook of the
// test's own records which query names the handler (or a helper it calls) reads.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { declaredQueryNames } from '../http/route-query';
import { loadLab } from '../labs/load-lab';
import { ManualClock } from '../model/clock';
import { World } from '../model/world';
import { createSimApp } from '../server';
import { openTestSession } from '../testing/o2g-session';
import { listenOnFreePort } from '../testing/sim-http';
import { readWadl } from '../testing/wadl-reader';

// Names that parsing code reads off any object, not query parameters.
const NOT_PARAMS = new Set(['constructor', 'toJSON', 'then', '__proto__', 'hasOwnProperty']);

interface RouteReads {
  declared: string[];
  read: Set<string>;
}

let app: FastifyInstance;
let origin: string;
const reads = new Map<string, RouteReads>();
beforeAll(async () => {
  app = createSimApp(new World(loadLab(), new ManualClock()), { controls: true });
  // Before validation and the routes' own hooks, which resolve the acted-on user from the query.
  app.addHook('preValidation', (request, _reply, done) => {
    const key = `${request.method} ${request.routeOptions.url ?? ''}`;
    const entry = { declared: declaredQueryNames(request.routeOptions.config), read: new Set<string>() };
    reads.set(key, entry);
    const query = request.query as Record<string, unknown>;
    request.query = new Proxy(query, {
      get(target, name, receiver) {
        if (typeof name === 'string' && !NOT_PARAMS.has(name)) entry.read.add(name);
        return Reflect.get(target, name, receiver) as unknown;
      },
    });
    done();
  });
  origin = await listenOnFreePort(app);
});
afterAll(() => app.close());

// Template values that reach the handler's query reading: the acted-on user's own ids where one exists.
const TEMPLATE_VALUES: Record<string, string> = { deviceId: '2001', nodeId: '1', loginName: 'oxe2001' };

it('every operation reads only query parameters its route declares', async () => {
  const wadl = readWadl(await (await fetch(`${origin}/api/rest/1.0/application.wadl`)).text());
  const admin = await openTestSession(origin, 'admin', 'admin');
  // Closing the session would end the sweep early: it is sent last.
  const operations = wadl.methods.sort(
    (a, b) => Number(a.path === 'sessions') - Number(b.path === 'sessions'),
  );
  const failures: string[] = [];
  for (const operation of operations) {
    const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => TEMPLATE_VALUES[name] ?? 'x1');
    const body = operation.method === 'POST' || operation.method === 'PUT' ? {} : undefined;
    const response = await admin.send(operation.method, `${wadl.base}${path}?loginName=oxe2001`, body);
    await response.body?.cancel();
    if (response.status >= 500) failures.push(`${operation.method} ${operation.path}: ${response.status}`);
  }
  expect(failures).toEqual([]);

  const undeclared = [...reads].flatMap(([route, { declared, read }]) =>
    [...read].filter((name) => !declared.includes(name)).map((name) => `${route} reads ${name}`),
  );
  expect(undeclared).toEqual([]);
  // The sweep really observed the act-as reads (the check above is not vacuous).
  const readingLogin = [...reads.values()].filter((entry) => entry.read.has('loginName'));
  expect(readingLogin.length).toBeGreaterThan(60);
});
