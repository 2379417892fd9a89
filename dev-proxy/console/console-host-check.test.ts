// DNS rebinding: the console server answers only the names it is reached by, whatever it listens on.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleApp } from './console-app';

/** fetch() always sends the real Host; a rebinding page sends its own name, which only node:http can fake. */
function statusWithHost(port: number, host: string | undefined): Promise<number> {
  return answerWithHost(port, host).then((answer) => answer.status);
}

function answerWithHost(port: number, host: string | undefined): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = host === undefined ? {} : { host };
    const sent = request(
      { host: '127.0.0.1', port, path: '/', headers, setHost: host !== undefined },
      (answer) => {
        let body = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => (body += chunk));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body }));
      },
    );
    sent.on('error', reject);
    sent.end();
  });
}

let app: FastifyInstance;
let port: number;
let distDir: string;

beforeAll(async () => {
  // Listening on every interface, as with --host 0.0.0.0: the Host check must hold all the same.
  distDir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  app = createConsoleApp({
    distDir,
    proxyUrl: 'http://127.0.0.1:9',
    bindHost: '0.0.0.0',
    log: () => {},
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await app.close();
  rmSync(distDir, { recursive: true, force: true });
});

describe('the console server’s Host check', () => {
  it('answers loopback names', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'LOCALHOST', '127.1'])
      expect(await statusWithHost(port, host), host).not.toBe(403);
  });

  it('refuses any other name, and a request with no Host', async () => {
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`, 'a/b'])
      expect(await statusWithHost(port, host), host).toBe(403);
    const refused = await answerWithHost(port, `evil.example:${port}`);
    expect(refused.body).toMatch(/not a name of this console/);
    expect(refused.body).not.toContain('evil');
    // Node's own HTTP parser may refuse it first (400): either way it is not served.
    expect([400, 403]).toContain(await statusWithHost(port, undefined));
  });
});
