// A self-signed upstream is refused by default with words that say it is a certificate problem, and
// accepted once its certificate is trusted with --ca, or with --insecure.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type ProxyStartOptions } from './start';
import { selfSignedPair, startHttpsUpstream, type TestUpstream } from './testing/upstreams';

let lab: TestUpstream;
let caFile: string;

beforeAll(async () => {
  const tls = await selfSignedPair();
  lab = await startHttpsUpstream(tls);
  caFile = join(mkdtempSync(join(tmpdir(), 'proxy-ca-')), 'lab-ca.pem');
  writeFileSync(caFile, tls.cert);
});
afterAll(() => lab.close());

async function discover(options: Partial<ProxyStartOptions>) {
  const proxy = await startProxy({ port: 0, targets: [lab.origin], log: () => undefined, ...options });
  try {
    const response = await fetch(`${proxy.url}/api/rest`);
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown> & { versions?: { publicUrl: string }[] },
      proxyUrl: proxy.url,
    };
  } finally {
    await proxy.close();
  }
}

describe('https upstreams', () => {
  it('refuses a self-signed certificate by default and says how to proceed', async () => {
    const { status, body } = await discover({});
    expect(status).toBe(502);
    expect(body).toMatchObject({ error: 'upstream', target: lab.origin, cause: 'tls' });
    expect(body.message).toMatch(/certificate .* not trusted/);
    expect(body.message).toMatch(/--ca <file>/);
    expect(body.message).toMatch(/--insecure/);
  });

  it('accepts it once its CA is trusted with --ca', async () => {
    const { status, body, proxyUrl } = await discover({ ca: caFile });
    expect(status).toBe(200);
    expect(body.versions?.[0]?.publicUrl).toBe(`${proxyUrl}/api/rest/authenticate?version=1.0`);
  });

  it('accepts it with --insecure', async () => {
    const { status } = await discover({ insecure: true });
    expect(status).toBe(200);
  });
});
