// `Expect: 100-continue` (curl sends it for larger bodies, some SDK HTTP clients always do): Node's
// server answers "100 Continue" itself, and the proxy must then forward the request as any other.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type RunningProxy } from './start';
import { sendJson, startHttpUpstream, type TestUpstream } from './testing/upstreams';

let o2g: TestUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  o2g = await startHttpUpstream((incoming, response) => {
    let body = '';
    incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
    incoming.on('end', () => sendJson(response, 200, { received: body }));
  });
  proxy = await startProxy({ port: 0, targets: [o2g.origin], log: () => undefined });
});
afterAll(async () => {
  await proxy.close();
  await o2g.close();
});

describe('Expect: 100-continue', () => {
  it('is honoured by the proxy and the request reaches the O2G with its body', async () => {
    const body = JSON.stringify({ applicationName: 'expect' });
    const answer = await new Promise<{ status: number; text: string; continued: boolean }>(
      (resolve, reject) => {
        let continued = false;
        const outgoing = request(
          `${proxy.url}/api/rest/1.0/sessions`,
          {
            method: 'POST',
            headers: {
              Expect: '100-continue',
              'Content-Type': 'application/json',
              'Content-Length': Buffer.byteLength(body),
            },
          },
          (response) => {
            let text = '';
            response.on('data', (chunk: Buffer) => (text += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, text, continued }));
          },
        );
        outgoing.on('continue', () => {
          continued = true;
          outgoing.end(body);
        });
        outgoing.on('error', reject);
        outgoing.flushHeaders();
      },
    );
    expect(answer.continued).toBe(true);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ received: body });
    expect(o2g.headers.at(-1)).not.toHaveProperty('expect');
  });
});
