import { describe, expect, it } from 'vitest';
import { O2gError, type O2gFailure } from '../../../o2g/errors';
import { KEEPALIVE_RETRY_MS, keepAliveRetryDelay } from './use-keep-alive';

const failed = (failure: O2gFailure, status: number) =>
  new O2gError({
    failure,
    method: 'POST',
    url: 'https://o2g.example/api/rest/1.0/sessions/keepalive',
    status,
  });

describe('a failed keepalive', () => {
  it('is tried again when the O2G could not be reached or failed on its side', () => {
    expect(keepAliveRetryDelay(failed('unreachable', 0))).toBe(KEEPALIVE_RETRY_MS);
    expect(keepAliveRetryDelay(failed('unreachable', 502))).toBe(KEEPALIVE_RETRY_MS);
    expect(keepAliveRetryDelay(failed('server', 503))).toBe(KEEPALIVE_RETRY_MS);
  });

  it('is not tried again once the O2G refused it: the session is gone', () => {
    expect(keepAliveRetryDelay(failed('session-expired', 401))).toBeUndefined();
    expect(keepAliveRetryDelay(failed('not-found', 404))).toBeUndefined();
    expect(keepAliveRetryDelay(new Error('not an O2G error'))).toBeUndefined();
  });
});
