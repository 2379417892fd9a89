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
    ['/a;version=2;pass=p;pin=1234', '/a;version=2;pass=***;pin=***'],
    ['GET /api/rest/1.0/sessions;jsessionid=ABC123 500', 'GET /api/rest/1.0/sessions;jsessionid=*** 500'],
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

  it('masks every secret of a line that mixes them (the console server’s proxy errors)', () => {
    const subscription = 'eyJzdWIiOiJveGUyMDAxIn0.live-channel';
    const line = redactLogLine(
      `POST /o2g/https/127.0.0.1:8743/OTEvents?subscriptionId=${subscription} 502; ` +
        `GET /api/rest/1.0/subscriptions/${subscription} ` +
        'GET /api/rest/1.0/sessions;jsessionid=ABC123 password=hunter2 pin=4242 AlcUserId=tok.en ' +
        '{"credential": "jwt.x", "loginName": "oxe2001"} PASS=p1 subscriptionId=raw-7',
    );
    for (const secret of [subscription, 'ABC123', 'hunter2', '4242', 'tok.en', 'jwt.x', 'p1', 'raw-7'])
      expect(line).not.toContain(secret);
    expect(line).toContain('POST /o2g/https/127.0.0.1:8743/OTEvents?subscriptionId=***');
    expect(line).toContain('/api/rest/1.0/subscriptions/***');
    expect(line).toContain('/api/rest/1.0/sessions;jsessionid=***');
    expect(line).toContain('"loginName": "oxe2001"');
  });

  it('leaves ordinary lines alone', () => {
    for (const line of [
      'Dev proxy: http://127.0.0.1:8787 -> https://127.0.0.1:8743, is it up? yes; 200 in 3 ms',
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
      'jsessionid',
      'sessionId',
    ])
      expect(isSecretName(name), name).toBe(true);
    for (const name of ['version', 'loginName', 'mapping', 'spinner', 'bypassed', 'deviceId'])
      expect(isSecretName(name), name).toBe(false);
  });
});
