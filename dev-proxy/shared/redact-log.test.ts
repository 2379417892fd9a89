import { describe, expect, it } from 'vitest';
import { isSecretName, redactLogLine } from './redact-log';

describe('the one log redaction', () => {
  it.each([
    [
      'GET t /OTEvents?subscriptionId=eyJ.secret&x=1 200 1ms',
      'GET t /OTEvents?subscriptionId=***&x=1 200 1ms',
    ],
    ['/a?password=p&credential=c&version=1.0', '/a?password=***&credential=***&version=1.0'],
    ['/OTEvents;subscriptionId=abc?x=1', '/OTEvents;subscriptionId=***?x=1'],
    ['/a;jsessionid=1;pass=p;pin=1234', '/a;jsessionid=1;pass=***;pin=***'],
    [
      '/m?PassWord=p&userPin=1&pinCode=2&AlcUserId=c',
      '/m?PassWord=***&userPin=***&pinCode=***&AlcUserId=***',
    ],
    ['/m?new_password=p&old-pwd=q&%70assword=r', '/m?new_password=***&old-pwd=***&%70assword=***'],
    [
      'DELETE t /api/rest/1.0/subscriptions/s-123 204 2ms',
      'DELETE t /api/rest/1.0/subscriptions/*** 204 2ms',
    ],
    [
      'PUT t /api/rest/1.0/subscriptions/s-123?x=1 200 2ms',
      'PUT t /api/rest/1.0/subscriptions/***?x=1 200 2ms',
    ],
    ['failed: Authorization Basic dXNlcjpwYXNz', 'failed: Authorization Basic ***'],
    ['said {"password": "p", "loginName": "oxe2001"}', 'said {"password": "***", "loginName": "oxe2001"}'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig-part in a message', 'token *** in a message'],
  ])('masks %s', (line, redacted) => {
    expect(redactLogLine(line)).toBe(redacted);
  });

  it('leaves ordinary lines alone', () => {
    for (const line of [
      'GET http://127.0.0.1:8080 /api/rest/authenticate?version=1.0 200 3ms',
      'GET t /api/rest/1.0/telephony/calls?loginName=oxe2001&mapping=1&ping=2 200 1ms',
      'POST t /api/rest/1.0/sessions 200 12ms',
    ])
      expect(redactLogLine(line)).toBe(line);
  });

  it('knows secret names however they are written', () => {
    for (const name of [
      'password',
      'Pass',
      'pwd',
      'PIN',
      'voicemailPin',
      'credential',
      'alcUserId',
      'subscription_id',
    ])
      expect(isSecretName(name), name).toBe(true);
    for (const name of ['version', 'loginName', 'mapping', 'spinner', 'bypassed', 'deviceId'])
      expect(isSecretName(name), name).toBe(false);
  });
});
