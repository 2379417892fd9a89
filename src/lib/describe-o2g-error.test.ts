import { describe, expect, it } from 'vitest';
import { O2gError } from '../o2g/errors';
import { describeO2gError } from './describe-o2g-error';

const URL = 'https://o2g.example/api/rest/1.0/telephony/basicCall';

describe('an O2G failure in plain words', () => {
  it('tells a 5xx from the O2G as passing trouble, with what the O2G said and what to do', () => {
    const body = {
      httpStatus: 'SERVICE_UNAVAILABLE',
      code: 503,
      helpMessage: 'Simulated failure (lab control).',
      type: 'SIMULATED_FAULT',
      canRetry: true,
    };
    const words = describeO2gError(
      new O2gError({ failure: 'server', method: 'POST', url: URL, status: 503, body }),
    );
    expect(words.title).toBe('O2G error');
    expect(words.message).toBe(
      'Simulated failure (lab control). The O2G may be busy or restarting: try again in a moment.',
    );
  });

  it('falls back on the status when the O2G sent no error body, and keeps the proxy’s own words', () => {
    expect(
      describeO2gError(new O2gError({ failure: 'server', method: 'GET', url: URL, status: 500 })).message,
    ).toMatch(/^The O2G failed to answer \(HTTP 500\)\. .*try again/);
    const proxy = { error: 'proxy' as const, message: 'The proxy failed on its side' };
    expect(
      describeO2gError(new O2gError({ failure: 'server', method: 'GET', url: URL, status: 500, proxy }))
        .message,
    ).toBe('The proxy failed on its side');
  });

  it('names an O2G that does not accept connections any more', () => {
    const proxy = {
      error: 'upstream' as const,
      cause: 'refused' as const,
      target: 'http://127.0.0.1:9',
      message: 'connect ECONNREFUSED',
    };
    const words = describeO2gError(
      new O2gError({ failure: 'unreachable', method: 'GET', url: URL, status: 502, proxy }),
    );
    expect(words.title).toBe('Server unreachable');
    expect(words.message).toBe(
      'The O2G at http://127.0.0.1:9 could not be reached: nothing accepts connections at that address.',
    );
  });
});
