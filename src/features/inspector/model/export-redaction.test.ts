import { describe, expect, it } from 'vitest';
import { REDACTED } from '../../../o2g/redact';
import { redactBodyForExport, redactForExport, redactHeadersForExport, redactUrl } from './export-redaction';
import { RAW_SECRETS, rawAuthenticate, rawMailboxLogin } from '../testing/test-exchanges';

describe('export redaction', () => {
  it('redacts exchanges the client did not redact: headers, JSON bodies, secret query values', () => {
    for (const raw of [rawAuthenticate, rawMailboxLogin]) {
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
    expect(redactUrl('/a?subscriptionId=42&loginName=oxe2001')).toBe(
      '/a?subscriptionId=42&loginName=oxe2001',
    );
    expect(redactUrl('/a?withUserPwd')).toBe('/a?withUserPwd');
    expect(redactUrl('/a?x=1&Password=p%20w#frag')).toBe('/a?x=1&Password=%5Bredacted%5D#frag');
    expect(redactHeadersForExport({ accept: 'application/json' })).toEqual({ accept: 'application/json' });
  });

  it('hides an Authorization value without a known scheme whole', () => {
    expect(redactHeadersForExport({ Authorization: 'rawtoken123' })).toEqual({ authorization: REDACTED });
    expect(redactHeadersForExport({ authorization: 'Bearer abc' })).toEqual({
      authorization: `Bearer ${REDACTED}`,
    });
  });

  it('redacts secret pairs in a body that is not valid JSON', () => {
    const text = '{"password": "s3cret", "login": "oxe2001", truncated AlcUserId=abc.def&token=xyz';
    const redacted = redactBodyForExport(text) ?? '';
    expect(redacted).not.toMatch(/s3cret|abc\.def|xyz/);
    expect(redacted).toContain('"login": "oxe2001"');
  });
});
