// Only answers that name O2G endpoints are read whole; everything else streams through untouched, and
// the bytes held for rewriting are bounded per answer and across concurrent requests. What does not
// fit the bounds is passed on as the O2G sent it.
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RewriteBudget } from './rewrite-budget';
import { startProxy, type RunningProxy } from './start';
import { startHttpUpstream, type TestUpstream } from './testing/upstreams';

const budget = new RewriteBudget(96 * 1024, 64 * 1024);
let o2g: TestUpstream;
let proxy: RunningProxy;
/** The answer the upstream is holding back, and the rest of its body. */
let held: { response: ServerResponse; rest: string } | undefined;

/** A session answer padded to `size` bytes. */
const sessionAnswer = (size: number) => {
  const head = `{"publicBaseUrl":"${o2g.origin}/api/rest/1.0","padding":"`;
  return `${head}${'x'.repeat(size - head.length - 2)}"}`;
};

beforeAll(async () => {
  o2g = await startHttpUpstream((request, response) => {
    const url = request.url ?? '';
    if (url.startsWith('/api/rest/1.0/users')) {
      // A big directory answer full of URLs on the O2G's host: not an endpoint answer.
      const body = JSON.stringify({
        users: Array.from({ length: 5000 }, (_, i) => ({ loginName: `u${i}`, url: `${o2g.origin}/x/${i}` })),
      });
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      });
      response.end(body);
      return;
    }
    const size = Number(/size=(\d+)/.exec(url)?.[1] ?? 1000);
    const body = sessionAnswer(size);
    // Chunked: the proxy learns the size only by reading.
    response.writeHead(200, { 'content-type': 'application/json' });
    if (url.includes('hold')) {
      response.write(body.slice(0, 40 * 1024));
      held = { response, rest: body.slice(40 * 1024) };
      return;
    }
    response.end(body);
  });
  proxy = await startProxy({ port: 0, targets: [o2g.origin], log: () => undefined, rewriteBudget: budget });
});
afterAll(async () => {
  await proxy.close();
  await o2g.close();
});

async function until(condition: () => boolean, what: string): Promise<void> {
  await vi.waitFor(
    () => {
      if (!condition()) throw new Error(`still waiting for ${what}`);
    },
    { timeout: 5000 },
  );
}

describe('what the proxy buffers', () => {
  it('streams an answer that names no endpoint byte for byte, with its length', async () => {
    const response = await fetch(`${proxy.url}/api/rest/1.0/users`);
    const text = await response.text();
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(text).toContain(`"url":"${o2g.origin}/x/4999"`);
  });

  it('rewrites an endpoint answer within the bounds and passes a larger one on unchanged', async () => {
    const small = (await (await fetch(`${proxy.url}/api/rest/1.0/sessions?size=2000`)).json()) as {
      publicBaseUrl: string;
    };
    expect(small.publicBaseUrl).toBe(`${proxy.url}/api/rest/1.0`);
    const large = await (await fetch(`${proxy.url}/api/rest/1.0/sessions?size=${70 * 1024}`)).text();
    expect(large).toBe(sessionAnswer(70 * 1024));
    expect(budget.held).toBe(0);
  });

  it('passes an answer on unchanged while others hold the shared budget, and gives every byte back', async () => {
    const first = fetch(`${proxy.url}/api/rest/1.0/sessions?size=${60 * 1024}&hold`);
    await until(() => budget.held >= 40 * 1024, 'the first answer to be held');
    // 40 KiB held + 60 KiB would pass the 96 KiB shared bound.
    const second = await (await fetch(`${proxy.url}/api/rest/1.0/sessions?size=${60 * 1024}`)).text();
    expect(second).toBe(sessionAnswer(60 * 1024));
    held?.response.end(held.rest);
    const firstAnswer = (await (await first).json()) as { publicBaseUrl: string };
    expect(firstAnswer.publicBaseUrl).toBe(`${proxy.url}/api/rest/1.0`);
    expect(budget.held).toBe(0);
  });

  it('gives the bytes back when the client goes away in the middle', async () => {
    const abort = new AbortController();
    const pending = fetch(`${proxy.url}/api/rest/1.0/sessions?size=${60 * 1024}&hold`, {
      signal: abort.signal,
    });
    await until(() => budget.held >= 40 * 1024, 'the answer to be held');
    abort.abort();
    await expect(pending).rejects.toThrow();
    await until(() => budget.held === 0, 'the budget to be given back');
    held?.response.destroy();
  });
});
