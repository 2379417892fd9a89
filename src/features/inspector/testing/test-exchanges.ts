import type { O2gExchange } from '../../../o2g/http';

/** A live event channel's id: alone, it opens the channel, so it is a secret like the credential. */
const SUBSCRIPTION_ID = 'sub-7f3a9c-live-channel';

/** Secrets the raw exchanges below carry, which no export may contain. */
export const RAW_SECRETS = [
  'YWRtaW46czNjcmV0', // base64 of admin:s3cret
  's3cret',
  'eyJhbGciOiJIUzI1NiJ9.secret-credential',
  'mailbox-pin-4242',
  SUBSCRIPTION_ID,
];

/**
 * Exchanges as the inspector's tests need them. The `raw*` ones were NOT redacted by the client, which
 * lets the tests prove that exports redact again on their own.
 */
export function exchange(overrides: Partial<O2gExchange> = {}): O2gExchange {
  return {
    id: 1,
    method: 'GET',
    url: '/o2g/https/127.0.0.1:8743/api/rest/1.0/sessions',
    startedAt: Date.UTC(2025, 0, 31, 10, 20, 30, 123),
    durationMs: 12,
    requestHeaders: { accept: 'application/json', 'x-o2g-credential': '[redacted]' },
    status: 200,
    responseHeaders: { 'content-type': 'application/json' },
    responseBody: '{"admin":true,"timeToLive":1800}',
    ...overrides,
  };
}

export const rawAuthenticate = exchange({
  id: 2,
  url: '/o2g/https/127.0.0.1:8743/api/rest/authenticate?version=1.0',
  requestHeaders: { accept: 'application/json', authorization: 'Basic YWRtaW46czNjcmV0' },
  responseHeaders: {
    'content-type': 'application/json',
    'set-cookie': 'AlcUserId=eyJhbGciOiJIUzI1NiJ9.secret-credential; Path=/',
  },
  responseBody:
    '{"credential":"eyJhbGciOiJIUzI1NiJ9.secret-credential","publicUrl":"https://o2g/api/rest/1.0/sessions"}',
});

export const rawMailboxLogin = exchange({
  id: 3,
  method: 'POST',
  url: "/o2g/https/127.0.0.1:8743/api/rest/1.0/messaging/mailboxes/2001?loginName=o'brien&password=s3cret",
  requestHeaders: {
    accept: 'application/json',
    'content-type': 'application/json',
    cookie: 'AlcUserId=eyJhbGciOiJIUzI1NiJ9.secret-credential',
    'x-o2g-credential': 'eyJhbGciOiJIUzI1NiJ9.secret-credential',
  },
  requestBody: '{"password":"mailbox-pin-4242","note":"it\'s mine"}',
  status: 204,
  responseHeaders: {},
  responseBody: undefined,
});

export const failedRequest = exchange({
  id: 4,
  method: 'DELETE',
  url: '/o2g/http/127.0.0.1:8742/api/rest/1.0/sessions',
  status: 0,
  responseHeaders: {},
  responseBody: undefined,
  failure: 'unreachable',
});

/** Subscribing: the id comes back in the body, in both polling URLs and in Location. */
export const rawSubscribe = exchange({
  id: 5,
  method: 'POST',
  url: '/o2g/https/127.0.0.1:8743/api/rest/1.0/subscriptions',
  requestBody: '{"filter":{"selectors":[{"ids":["oxe2001"],"names":["telephony"]}]},"version":"1.0"}',
  status: 200,
  responseHeaders: {
    'content-type': 'application/json',
    location: `/o2g/https/127.0.0.1:8743/api/rest/1.0/subscriptions/${SUBSCRIPTION_ID}`,
  },
  responseBody: JSON.stringify({
    subscriptionId: SUBSCRIPTION_ID,
    publicPollingUrl: `/o2g/https/127.0.0.1:8743/OTEvents?subscriptionId=${SUBSCRIPTION_ID}`,
    privatePollingUrl: `/o2g/https/127.0.0.1:8743/OTEvents?subscriptionId=${SUBSCRIPTION_ID}&format=NDJSON`,
    status: 'ACCEPTED',
  }),
});

/** Ending the subscription: the id is in the path. */
export const rawUnsubscribe = exchange({
  id: 6,
  method: 'DELETE',
  url: `/o2g/https/127.0.0.1:8743/api/rest/1.0/subscriptions/${SUBSCRIPTION_ID}`,
  status: 204,
  responseHeaders: {},
  responseBody: undefined,
});

/** Every raw exchange that carries a secret. */
export const RAW_EXCHANGES = [rawAuthenticate, rawMailboxLogin, rawSubscribe, rawUnsubscribe];
