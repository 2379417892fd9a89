import { describe, expect, it } from 'vitest';
import { REDACTED, redactBodyText, redactHeaders, redactJson, redactSubscriptionIds } from './redact';

describe('redaction', () => {
  it('hides Basic credentials, cookies and the credential header but keeps the rest', () => {
    const headers = new Headers({
      Authorization: 'Basic YWRtaW46YWRtaW4=',
      Cookie: 'AlcUserId=abc',
      'X-O2G-Credential': 'abc',
      'Content-Type': 'application/json',
    });
    expect(redactHeaders(headers)).toEqual({
      authorization: `Basic ${REDACTED}`,
      cookie: REDACTED,
      'x-o2g-credential': REDACTED,
      'content-type': 'application/json',
    });
  });

  it('hides an Authorization value without a known scheme whole', () => {
    expect(redactHeaders({ Authorization: 'rawtoken123' })).toEqual({ authorization: REDACTED });
    expect(redactHeaders({ Authorization: 'Bearer abc.def' })).toEqual({
      authorization: `Bearer ${REDACTED}`,
    });
  });

  it('hides credentials and passwords at any depth of a JSON body', () => {
    const body = {
      credential: 'jwt',
      publicUrl: 'https://x',
      nested: [{ mailboxPassword: '1234', id: 'a' }],
    };
    expect(redactJson(body)).toEqual({
      credential: REDACTED,
      publicUrl: 'https://x',
      nested: [{ mailboxPassword: REDACTED, id: 'a' }],
    });
  });

  it('hides subscription ids, which open the event channel on their own', () => {
    expect(
      redactJson({
        subscriptionId: 'sub-1',
        privatePollingUrl: 'https://o2g:8016/OTEvents?subscriptionId=sub-1',
        status: 'ACCEPTED',
      }),
    ).toEqual({
      subscriptionId: REDACTED,
      privatePollingUrl: 'https://o2g:8016/OTEvents?subscriptionId=%5Bredacted%5D',
      status: 'ACCEPTED',
    });
    expect(redactHeaders({ Location: '/api/rest/1.0/subscriptions/sub-1' })).toEqual({
      location: '/api/rest/1.0/subscriptions/%5Bredacted%5D',
    });
    expect(redactSubscriptionIds('/api/rest/1.0/subscriptions/sub-1?version=1.0')).toBe(
      '/api/rest/1.0/subscriptions/%5Bredacted%5D?version=1.0',
    );
    expect(redactSubscriptionIds('/api/rest/1.0/subscriptions')).toBe('/api/rest/1.0/subscriptions');
  });

  it('keeps a body that is not JSON as it is', () => {
    expect(redactBodyText('not json')).toBe('not json');
    expect(redactBodyText('{"password":"x"}')).toBe(`{"password":"${REDACTED}"}`);
  });
});
