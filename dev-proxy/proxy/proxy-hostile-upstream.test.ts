// An allowed upstream can still send anything. Whatever it answers, the proxy passes on what it cannot
// rewrite as it came and keeps serving: an answer nested thousands deep once ended the whole process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from './start';
import { startHttpUpstream, type TestUpstream } from './testing/upstreams';

const DEPTH = 5000;
const deepJson = `${'['.repeat(DEPTH)}"http://127.0.0.1:1/x"${']'.repeat(DEPTH)}`;
const deepObject = `{"publicUrl":"http://127.0.0.1:1/x","more":${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}`;

let hostile: TestUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  hostile = await startHttpUpstream((request, response) => {
    const url = request.url ?? '';
    if (url === '/fine') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
      return;
    }
    const body = url.includes('object') ? deepObject : deepJson;
    // Chunked (no length) for half of the cases: the proxy must not rely on Content-Length.
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (!url.includes('chunked')) headers['content-length'] = Buffer.byteLength(body);
    response.writeHead(200, headers);
    response.end(body);
  });
  proxy = await startProxy({ port: 0, targets: [hostile.origin], log: () => undefined });
});
afterAll(async () => {
  await proxy.close();
  await hostile.close();
});

describe('a hostile upstream', () => {
  it.each([
    '/api/rest',
    '/api/rest/authenticate?version=1.0',
    '/api/rest/1.0/sessions',
    '/api/rest/1.0/subscriptions?chunked',
    '/api/rest/1.0/sessions?object',
    '/api/rest/1.0/sessions?object&chunked',
    '/api/rest/1.0/users?chunked',
  ])(
    'answered %s nested 5000 deep: the body is passed on unchanged and the proxy keeps serving',
    async (path) => {
      const response = await fetch(`${proxy.url}${path}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toBe(path.includes('object') ? deepObject : deepJson);
      const next = await fetch(`${proxy.url}/fine`);
      expect(await next.json()).toEqual({ ok: true });
    },
  );
});
