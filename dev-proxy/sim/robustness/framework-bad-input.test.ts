// Bad input the routes never see: bodies nested too deep, too large, not HTTP at all, headers too large.
// The framework refuses them, and the answer is still an O2G error body with nothing changed.
import { connect } from 'node:net';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { o2gErrorBodySchema } from '../../../src/o2g/contract';
import { checkFamily, expectRefusedUnchanged, type BadRequest, type FuzzLab } from '../testing/fuzz-lab';
import { fuzzTest } from '../testing/lab-fixtures';
import { worldSnapshot } from '../testing/world-snapshot';

/** A directory criterion nested `depth` levels deep, written as text (JSON.stringify would overflow first). */
function nestedFilter(depth: number): string {
  const leaf = '{"field":"lastName","operation":"BEGIN_WITH","operand":"M"}';
  return `${'{"operation":"AND","operand":['.repeat(depth)}${leaf}${']}'.repeat(depth)}`;
}

/** Writes raw bytes on a fresh connection and reads the answer until the server closes it. */
function rawExchange(lab: FuzzLab, text: string): Promise<string> {
  const { hostname, port } = new URL(lab.origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

function expectO2gAnswer(raw: string, status: number): void {
  expect(raw).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
  const body = o2gErrorBodySchema.parse(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)));
  expect(body.code).toBe(status);
}

describe('bad input the framework meets first', () => {
  fuzzTest(
    'refuses JSON nested deeper than any O2G body, before a recursive schema overflows the stack',
    ({ lab }) =>
      checkFamily(
        () => lab,
        fc
          .tuple(
            fc.integer({ min: 65, max: 30_000 }),
            fc.constantFrom('/directory/search', '/subscriptions', '/routing/forwardroute'),
          )
          .map(([depth, path]): BadRequest => ({
            as: 'user',
            method: 'POST',
            path: `${lab.api}${path}`,
            body:
              path === '/directory/search'
                ? `{"filter":${nestedFilter(depth)}}`
                : `{"filter":${'['.repeat(depth)}${']'.repeat(depth)}}`,
          })),
        20,
      ),
  );

  fuzzTest('still accepts a criterion nested as deep as clients nest them', async ({ lab }) => {
    const response = await lab.user.send('POST', '/directory/search', `{"filter":${nestedFilter(8)}}`);
    expect(response.status).toBe(201);
  });

  fuzzTest('refuses a body over the limit with 413', ({ lab }) =>
    expectRefusedUnchanged(lab, {
      as: 'user',
      method: 'POST',
      path: `${lab.api}/routing/forwardroute`,
      body: `{"forwardRoute":{"destinations":[{"type":"NUMBER","number":"${'2'.repeat(1_100_000)}"}]}}`,
    }),
  );

  fuzzTest('answers a URL or cookies too large for the headers with 431 and an O2G body', async ({ lab }) => {
    const before = worldSnapshot(lab.world);
    expectO2gAnswer(
      await rawExchange(
        lab,
        `GET ${lab.api}/eventSummary?x=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: lab\r\n\r\n`,
      ),
      431,
    );
    expectO2gAnswer(
      await rawExchange(
        lab,
        `GET ${lab.api}/eventSummary HTTP/1.1\r\nHost: lab\r\nCookie: AlcUserId=${'c'.repeat(70_000)}\r\n\r\n`,
      ),
      431,
    );
    expect(worldSnapshot(lab.world)).toEqual(before);
  });

  fuzzTest('answers what is not HTTP with 400 and an O2G body', async ({ lab }) => {
    const before = worldSnapshot(lab.world);
    for (const garbage of [
      'HELLO\r\n\r\n',
      `GET ${lab.api}/eventSummary HTTP/9.9\r\n\r\n`,
      `GET ${lab.api}/eventSummary HTTP/1.1\r\nHost: lab\r\nBad Header\r\n\r\n`,
      `POST ${lab.api}/routing/dnd HTTP/1.1\r\nHost: lab\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    ]) {
      expectO2gAnswer(await rawExchange(lab, garbage), 400);
    }
    expect(worldSnapshot(lab.world)).toEqual(before);
  });

  fuzzTest(
    'would notice a request that was accepted or changed something (the check itself can fail)',
    async ({ lab }) => {
      const accepted: BadRequest = { as: 'user', method: 'GET', path: `${lab.api}/eventSummary` };
      await expect(expectRefusedUnchanged(lab, accepted)).rejects.toThrow(
        /expected 200 to be greater than or equal to 400/,
      );
      const changing: BadRequest = {
        as: 'user',
        method: 'DELETE',
        path: `${lab.api}/routing/dnd`,
        mayPass: true,
      };
      await expect(expectRefusedUnchanged(lab, changing)).rejects.toThrow();
      expect((await lab.user.send('POST', '/routing/dnd')).status).toBe(204);
    },
  );
});
