import { describe, expect, it } from 'vitest';
import { requestLogLine } from './log';
import { classifyUpstreamError, upstreamErrorBody } from './upstream-errors';

describe('request log', () => {
  it('writes method, target, path, status and time on one line', () => {
    expect(
      requestLogLine({
        method: 'GET',
        target: 'http://127.0.0.1:1',
        path: '/api/rest',
        status: 200,
        ms: 3.4,
      }),
    ).toBe('GET http://127.0.0.1:1 /api/rest 200 3ms');
  });
});

describe('upstream error causes', () => {
  const withCode = (code: string, cause?: Error) => Object.assign(new Error(code, { cause }), { code });

  it('finds the socket error inside the wrappers', () => {
    expect(classifyUpstreamError(new Error('wrapped', { cause: withCode('ECONNREFUSED') })).cause).toBe(
      'refused',
    );
    expect(classifyUpstreamError(withCode('ENOTFOUND')).cause).toBe('dns');
    expect(classifyUpstreamError(withCode('UND_ERR_CONNECT_TIMEOUT')).cause).toBe('timeout');
    expect(classifyUpstreamError(withCode('ECONNRESET')).cause).toBe('reset');
    expect(classifyUpstreamError(new Error('odd')).cause).toBe('other');
  });

  it('says a certificate problem is one, and how to proceed', () => {
    const body = upstreamErrorBody(
      'https://lab',
      withCode('FST_REPLY_FROM_INTERNAL', withCode('DEPTH_ZERO_SELF_SIGNED_CERT')),
    );
    expect(body).toMatchObject({ error: 'upstream', target: 'https://lab', cause: 'tls' });
    expect(body.message).toMatch(/certificate.*not trusted.*--ca <file>.*--insecure/);
  });
});
