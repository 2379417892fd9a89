// A server address the console's user typed, refused: the body says why in fields the console reads
// (not in the proxy's own path vocabulary), and whether the user can restart the console themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyErrorBodySchema } from '../../src/o2g/contract';
import { startProxy, type RunningProxy } from './start';
import { rawRequest } from './testing/client';
import { startHttpUpstream, type TestUpstream } from './testing/upstreams';

let o2g: TestUpstream;
let proxy: RunningProxy;

beforeAll(async () => {
  o2g = await startHttpUpstream();
  proxy = await startProxy({
    port: 0,
    targets: [o2g.origin],
    hostNames: ['console.lab.example'],
    log: () => undefined,
  });
});
afterAll(async () => {
  await proxy.close();
  await o2g.close();
});

async function refusalFor(path: string, host: string) {
  const answer = await rawRequest(`${proxy.url}${path}`, { headers: { Host: host } });
  expect(answer.status, `${host} ${path}`).toBe(403);
  return proxyErrorBodySchema.parse(JSON.parse(answer.text));
}

const OTHER = '/o2g/https/o2g-vlab30.ale-dspp.com:443/api/rest';

describe('a server the proxy was not started with', () => {
  it('is named, and told as restartable to a browser on this machine', async () => {
    for (const host of ['127.0.0.1:5173', 'localhost:5173', '[::1]:5173']) {
      expect(await refusalFor(OTHER, host), host).toMatchObject({
        error: 'forbidden',
        refusal: 'not-a-target',
        target: 'https://o2g-vlab30.ale-dspp.com',
        startedHere: true,
      });
    }
  });

  it('is told as someone else’s to allow when the console is reached by another name', async () => {
    expect(await refusalFor(OTHER, 'console.lab.example:5173')).toMatchObject({
      refusal: 'not-a-target',
      target: 'https://o2g-vlab30.ale-dspp.com',
      startedHere: false,
    });
  });
});

describe('an address that names no server', () => {
  it.each([
    '/o2g/https/lab_example:443/api/rest',
    '/o2g/ftp/lab.example:21/api/rest',
    '/o2g/https/-lab:443/x',
  ])('refuses %s as a bad address, with no target and no proxy path syntax in the reason', async (path) => {
    const body = await refusalFor(path, '127.0.0.1:5173');
    expect(body).toMatchObject({ error: 'forbidden', refusal: 'bad-address' });
    expect(body.target).toBeUndefined();
    expect(body.message).toMatch(/^not a server address/);
    expect(body.message).not.toMatch(/\/o2g\//);
  });

  it('leaves other refusals without a server reason', async () => {
    const body = await refusalFor('/__proxy/nothing', '127.0.0.1:5173');
    expect(body.refusal).toBeUndefined();
  });
});
