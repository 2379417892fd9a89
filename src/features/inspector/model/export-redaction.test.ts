import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../../o2g/redact';
import { redactBodyForExport, redactForExport, redactHeadersForExport, redactUrl } from './export-redaction';
import {
  RAW_EXCHANGES,
  RAW_SECRETS,
  rawAuthenticate,
  rawMailboxLogin,
  rawSubscribe,
} from '../testing/test-exchanges';

describe('export redaction', () => {
  it('redacts exchanges the client did not redact: headers, JSON bodies, secret query values', () => {
    for (const raw of RAW_EXCHANGES) {
      const text = JSON.stringify(redactForExport(raw));
      for (const secret of RAW_SECRETS) expect(text).not.toContain(secret);
    }
    const auth = redactForExport(rawAuthenticate);
    expect(auth.requestHeaders.authorization).toBe(`Basic ${REDACTED}`);
    expect(auth.responseHeaders['set-cookie']).toBe(REDACTED);
    expect(JSON.parse(auth.responseBody ?? '')).toEqual({
      credential: REDACTED,
      publicUrl: 'https://o2g/api/rest/1.0/sessions',
    });
    const mailbox = redactForExport(rawMailboxLogin);
    expect(mailbox.requestHeaders.cookie).toBe(REDACTED);
    expect(mailbox.requestHeaders['x-o2g-credential']).toBe(REDACTED);
  });

  it('keeps what is not secret, so the export is still useful', () => {
    expect(redactUrl('/a?loginName=oxe2001&format=NDJSON')).toBe('/a?loginName=oxe2001&format=NDJSON');
    expect(redactUrl('/api/rest/1.0/subscriptions')).toBe('/api/rest/1.0/subscriptions');
    expect(redactUrl('/a?withUserPwd')).toBe('/a?withUserPwd');
    expect(redactUrl('/a?x=1&Password=p%20w#frag')).toBe('/a?x=1&Password=%5Bredacted%5D#frag');
    expect(redactHeadersForExport({ accept: 'application/json' })).toEqual({ accept: 'application/json' });
  });

  it('hides subscription ids in paths, queries, JSON bodies and Location, as it does the credential', () => {
    expect(redactUrl('https://o2g:8016/OTEvents?subscriptionId=abc.def-1&x=1')).toBe(
      'https://o2g:8016/OTEvents?subscriptionId=%5Bredacted%5D&x=1',
    );
    expect(redactUrl('/api/rest/1.0/subscriptions/abc.def-1?version=1.0')).toBe(
      '/api/rest/1.0/subscriptions/%5Bredacted%5D?version=1.0',
    );
    const subscribed = redactForExport(rawSubscribe);
    const body = JSON.parse(subscribed.responseBody ?? '') as Record<string, string>;
    expect(body.subscriptionId).toBe(REDACTED);
    expect(body.publicPollingUrl).toBe('/o2g/https/127.0.0.1:8743/OTEvents?subscriptionId=%5Bredacted%5D');
    expect(body.privatePollingUrl).toMatch(/subscriptionId=%5Bredacted%5D&format=NDJSON$/);
    expect(body.status).toBe('ACCEPTED');
    expect(subscribed.responseHeaders.location).toMatch(/\/subscriptions\/%5Bredacted%5D$/);
  });

  it('hides an Authorization value without a known scheme whole', () => {
    expect(redactHeadersForExport({ Authorization: 'rawtoken123' })).toEqual({ authorization: REDACTED });
    expect(redactHeadersForExport({ authorization: 'Bearer abc' })).toEqual({
      authorization: `Bearer ${REDACTED}`,
    });
  });

  it('redacts secret pairs in a body that is not valid JSON', () => {
    const text =
      '{"password": "s3cret", "login": "oxe2001", "subscriptionId": "sub-1", truncated AlcUserId=abc.def&token=xyz ' +
      'https://o2g/OTEvents?subscriptionId=sub-2 /1.0/subscriptions/sub-3';
    const redacted = redactBodyForExport(text) ?? '';
    expect(redacted).not.toMatch(/s3cret|abc\.def|xyz|sub-1|sub-2|sub-3/);
    expect(redacted).toContain('"login": "oxe2001"');
  });
});
