import { describe, expect, it } from 'vitest';
import type { ProxyErrorBody } from '../o2g/contract/proxy';
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

  describe('a server the console’s proxy refuses', () => {
    const refused = (proxy: Partial<ProxyErrorBody>) =>
      describeO2gError(
        new O2gError({
          failure: 'not-allowed',
          method: 'GET',
          url: '/o2g/https/o2g.example:443/api/rest',
          status: 403,
          proxy: { error: 'forbidden', message: 'proxy words', ...proxy },
        }),
      );

    it('tells whoever started the console to restart it with the server', () => {
      const words = refused({ refusal: 'not-a-target', target: 'https://o2g.example', startedHere: true });
      expect(words.title).toBe('Server not allowed');
      expect(words.message).toContain('restart it with --target https://o2g.example');
      expect(words.message).not.toMatch(/ask/i);
    });

    it('tells the user of a hosted console whom to ask', () => {
      const words = refused({ refusal: 'not-a-target', target: 'https://o2g.example', startedHere: false });
      expect(words.title).toBe('Server not allowed');
      expect(words.message).toContain('Ask whoever runs this console to allow https://o2g.example');
      expect(words.message).not.toContain('--target');
    });

    it('calls a malformed address not a server address, without the proxy’s internals', () => {
      const words = refused({
        refusal: 'bad-address',
        message: 'not a server address: "a_b:443" is not a host[:port]',
      });
      expect(words.title).toBe('Not a server address');
      expect(words.message).toMatch(/^That is not a server address/);
      expect(words.message).not.toMatch(/host\[:port\]|\/o2g\//);
    });
  });
});
