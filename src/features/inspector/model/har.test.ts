import { describe, expect, it } from 'vitest';
import { toHar } from './har';
import {
  RAW_EXCHANGES,
  RAW_SECRETS,
  exchange,
  failedRequest,
  rawMailboxLogin,
  rawUnsubscribe,
} from '../testing/test-exchanges';

const options = { origin: 'http://127.0.0.1:5173', creator: { name: 'O2G Console', version: '0.1.0' } };

describe('toHar', () => {
  it('writes a HAR 1.2 log with one complete entry per exchange', () => {
    const har = toHar([exchange(), rawMailboxLogin, failedRequest], options);
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator).toEqual(options.creator);
    expect(har.log.entries).toHaveLength(3);
    const [first, post, failed] = har.log.entries;
    expect(first).toMatchObject({
      startedDateTime: '2025-01-31T10:20:30.123Z',
      time: 12,
      request: {
        method: 'GET',
        url: 'https://127.0.0.1:8743/api/rest/1.0/sessions',
        httpVersion: 'HTTP/1.1',
        queryString: [],
        cookies: [],
        headersSize: -1,
        bodySize: 0,
      },
      response: {
        status: 200,
        statusText: 'OK',
        content: { mimeType: 'application/json', text: '{"admin":true,"timeToLive":1800}', size: 32 },
        redirectURL: '',
        cookies: [],
        headersSize: -1,
        bodySize: 32,
      },
      cache: {},
      timings: { send: 0, wait: 12, receive: 0 },
      _consoleUrl: 'http://127.0.0.1:5173/o2g/https/127.0.0.1:8743/api/rest/1.0/sessions',
    });
    expect(first?.request.headers).toContainEqual({ name: 'accept', value: 'application/json' });
    expect(first?.request).not.toHaveProperty('postData');
    expect(post?.request.postData?.mimeType).toBe('application/json');
    expect(post?.request.queryString).toEqual([
      { name: 'loginName', value: "o'brien" },
      { name: 'password', value: '[redacted]' },
    ]);
    expect(post?.response).toMatchObject({ status: 204, statusText: 'No Content', bodySize: 0 });
    expect(post?.response.content).toEqual({ size: 0, mimeType: '' });
    expect(failed).toMatchObject({ response: { status: 0, bodySize: -1 }, _failure: 'unreachable' });
  });

  it('counts body sizes in UTF-8 bytes', () => {
    const [entry] = toHar([exchange({ responseBody: '"Chloé"' })], options).log.entries;
    expect(entry?.response.content.size).toBe(8);
  });

  it('leaves no secret in the file even from unredacted exchanges', () => {
    const text = JSON.stringify(toHar(RAW_EXCHANGES, options));
    for (const secret of RAW_SECRETS) expect(text).not.toContain(secret);
    expect(text).toContain('Basic [redacted]');
    // The subscription id opens the event channel by itself: it goes like the credential.
    const [entry] = toHar([rawUnsubscribe], options).log.entries;
    expect(entry?.request.url).toMatch(/\/api\/rest\/1\.0\/subscriptions\/%5Bredacted%5D$/);
  });
});
