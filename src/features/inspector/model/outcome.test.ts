import { describe, expect, it } from 'vitest';
import { failureWords, outcomeWords, wasCancelled } from './outcome';

describe('an exchange outcome in words', () => {
  it('names the status with its number', () => {
    expect(outcomeWords({ status: 200 })).toBe('OK (200)');
    expect(outcomeWords({ status: 404, failure: 'not-found' })).toBe('Not found (404)');
    expect(outcomeWords({ status: 503, failure: 'server' })).toBe('Unavailable (503)');
    expect(outcomeWords({ status: 418 })).toBe('HTTP 418');
  });

  it('tells a request the console cancelled from one that got no answer', () => {
    const cancelled = { status: 0, failure: 'The request was cancelled' };
    expect(outcomeWords(cancelled)).toBe('Cancelled');
    expect(wasCancelled(cancelled)).toBe(true);
    const unanswered = { status: 0, failure: 'No answer from 127.0.0.1:8743 in time' };
    expect(outcomeWords(unanswered)).toBe('No answer');
    expect(wasCancelled(unanswered)).toBe(false);
  });

  it('says a recorded failure in a sentence, and a network message as it came', () => {
    expect(failureWords('not-found')).toBe('The O2G has no such resource.');
    expect(failureWords('No answer from 127.0.0.1:8743 in time')).toBe(
      'No answer from 127.0.0.1:8743 in time',
    );
  });
});
