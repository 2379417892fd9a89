// CRLF and header injection through the proxy: whatever a client puts in the path, the query or a header
// value, the O2G receives no header, cookie or request the client did not send as such, and a refused
// request reaches nothing. The upstream records every hit and every header it saw.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from './start';
import { rawExchange, statusOf } from './testing/client';
import { sendJson, startHttpUpstream, type TestUpstream } from './testing/upstreams';

let o2g: TestUpstream;
let proxy: RunningProxy;
let proxyPort: number;

beforeAll(async () => {
  o2g = await startHttpUpstream((request, response) => sendJson(response, 200, { url: request.url }));
  proxy = await startProxy({ port: 0, targets: [o2g.origin], log: () => undefined, bodyLimit: 4096 });
  proxyPort = Number(new URL(proxy.url).port);
});
afterAll(async () => {
  await proxy.close();
  await o2g.close();
});
beforeEach(() => {
  o2g.hits.length = 0;
  o2g.headers.length = 0;
});

const INJECTED = /injected|evil/i;

/** Nothing injected reached the O2G: no header named or valued after the injection, no raw CR or LF. */
function expectNothingInjectedUpstream(): void {
  for (const hit of o2g.hits) expect(hit).not.toMatch(/[\r\n]/);
  for (const headers of o2g.headers) {
    for (const [name, value] of Object.entries(headers)) {
      expect(name).not.toMatch(INJECTED);
      if (name !== 'cookie') expect(String(value)).not.toMatch(INJECTED);
    }
    // One cookie, the credential, with nothing smuggled beside it.
    if (headers.cookie !== undefined) expect(headers.cookie).not.toMatch(/;|evil=/);
  }
}

const request = (lines: string[]) => `${lines.join('\r\n')}\r\n\r\n`;

describe('CRLF and header injection', () => {
  it('keeps encoded CR LF in a path or query encoded, and adds no header upstream or to the client', async () => {
    for (const target of [
      '/api/rest%0D%0AX-Injected:%201',
      '/api/rest?x=%0D%0ASet-Cookie:%20evil=1',
      '/api/rest?x=1%0d%0a%0d%0aGET%20/evil%20HTTP/1.1',
      '/api/rest%E5%98%8A%E5%98%8DX-Injected:%201',
    ]) {
      const raw = await rawExchange(
        proxyPort,
        request([`GET ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close']),
      );
      const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
      expect(head).not.toMatch(/^(x-injected|set-cookie: evil)/im);
      expect([200, 403]).toContain(statusOf(raw));
    }
    expect(o2g.hits.length).toBeLessThanOrEqual(4);
    // The smuggled request line stays inside the query: no second request reached the O2G.
    expect(o2g.hits.filter((hit) => hit.startsWith('GET /evil'))).toEqual([]);
    expectNothingInjectedUpstream();
  });

  it('refuses raw CR, LF or NUL in the request line or a header value, before anything is forwarded', async () => {
    const answers = await Promise.all(
      [
        request(['GET /api/rest\rX-Injected: 1 HTTP/1.1', 'Host: 127.0.0.1']),
        request(['GET /api/rest HTTP/1.1', 'Host: 127.0.0.1', 'X-O2G-Credential: abc\rX-Injected: 1']),
        request(['GET /api/rest HTTP/1.1', 'Host: 127.0.0.1', 'X-O2G-Credential: abc\nX-Injected: 1']),
        request(['GET /api/rest HTTP/1.1', 'Host: 127.0.0.1', 'X-O2G-Credential: abc\u0000X-Injected: 1']),
        request(['GET /api/rest HTTP/1.1', 'Host: 127.0.0.1', 'Cookie: AlcUserId=abc\rSet-Cookie: evil=1']),
      ].map((text) => rawExchange(proxyPort, text)),
    );
    for (const raw of answers) expect(statusOf(raw)).toBe(400);
    expect(o2g.hits).toEqual([]);
  });

  it('refuses a credential that could carry more than one cookie value, also when folded or repeated', async () => {
    const answers = await Promise.all(
      [
        ['X-O2G-Credential: abc; evil=1'],
        ['X-O2G-Credential: abc, evil=1'],
        ['X-O2G-Credential: abc', 'X-O2G-Credential: evil'],
        ['X-O2G-Credential: "abc"'],
        ['X-O2G-Credential: abc', ' evil=1'],
      ].map((credential) =>
        rawExchange(
          proxyPort,
          request(['GET /api/rest HTTP/1.1', 'Host: 127.0.0.1', ...credential, 'Connection: close']),
        ),
      ),
    );
    for (const raw of answers) expect(statusOf(raw)).toBe(400);
    expect(o2g.hits).toEqual([]);
  });

  it('passes a plain credential as the only cookie, whatever Cookie the client sent beside it', async () => {
    const raw = await rawExchange(
      proxyPort,
      request([
        'GET /api/rest HTTP/1.1',
        'Host: 127.0.0.1',
        'Cookie: AlcUserId=stolen; evil=1',
        'X-O2G-Credential: abc%0D%0AX-Injected:1',
        'Connection: close',
      ]),
    );
    expect(statusOf(raw)).toBe(200);
    expect(o2g.headers[0]?.cookie).toBe('AlcUserId=abc%0D%0AX-Injected:1');
    expectNothingInjectedUpstream();
  });

  it('refuses request smuggling (a length and a chunked body at once) without forwarding', async () => {
    const raw = await rawExchange(
      proxyPort,
      request([
        'POST /api/rest HTTP/1.1',
        'Host: 127.0.0.1',
        'Content-Length: 4',
        'Transfer-Encoding: chunked',
        '',
        '0',
        '',
        'GET /evil HTTP/1.1',
        'Host: 127.0.0.1',
      ]),
    );
    expect(statusOf(raw)).toBe(400);
    expect(o2g.hits).toEqual([]);
  });
});

describe('the body size limit', () => {
  it('answers 413 JSON and forwards nothing, with a length or chunked', async () => {
    const big = 'x'.repeat(5000);
    const withLength = await fetch(`${proxy.url}/api/rest/1.0/sessions`, {
      method: 'POST',
      body: big,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(withLength.status).toBe(413);
    expect(withLength.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await withLength.json()).toMatchObject({ error: 'too-large' });

    const chunks = request([
      'POST /api/rest/1.0/sessions HTTP/1.1',
      'Host: 127.0.0.1',
      'Transfer-Encoding: chunked',
      'Connection: close',
      '',
    ]).slice(0, -2);
    const chunked = await rawExchange(proxyPort, `${chunks}1388\r\n${big}\r\n0\r\n\r\n`);
    expect(statusOf(chunked)).toBe(413);
    expect(o2g.hits).toEqual([]);
  });

  it('forwards a body under the limit byte for byte', async () => {
    const body = JSON.stringify({ applicationName: 'é'.repeat(1000) });
    const response = await fetch(`${proxy.url}/api/rest/1.0/sessions`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(o2g.hits).toEqual(['POST /api/rest/1.0/sessions']);
    expect(o2g.headers[0]?.['content-length']).toBe(String(Buffer.byteLength(body)));
  });
});
