// Bad input to voicemail, eventSummary, users and logins: never a 5xx, always an O2G error body, no
// message or password changed.
import fc from 'fast-check';
import { describe } from 'vitest';
import { oddString } from '../testing/bad-input';
import { badRequestsForFamily, bodiesFor, type Endpoint } from '../testing/bad-requests';
import { checkFamily, type FuzzLab } from '../testing/fuzz-lab';
import { fuzzTest } from '../testing/lab-fixtures';

const isFlag = (value: string) => ['', 'true', 'false'].includes(value);
const isCount = (value: string) => /^\d{1,9}$/.test(value);

const messaging = (lab: FuzzLab): Endpoint[] => {
  const ids = { mailboxId: lab.mailboxId, voicemailId: lab.voicemailId };
  const mailbox = '/messaging/mailboxes/{mailboxId}';
  return [
    { method: 'GET', path: '/messaging/mailboxes', perUser: true },
    {
      method: 'POST',
      path: mailbox,
      ids,
      body: { password: '1234' },
      perUser: true,
      queryParams: { withUserPwd: isFlag },
      extra: () =>
        bodiesFor(
          lab,
          'POST',
          `/messaging/mailboxes/${lab.mailboxId}`,
          oddString.filter((p) => p !== '1234').map((password) => ({ password })),
        ),
    },
    {
      method: 'GET',
      path: `${mailbox}/voicemails`,
      ids,
      perUser: true,
      queryParams: { newOnly: isFlag, offset: isCount, limit: isCount },
    },
    { method: 'GET', path: `${mailbox}/voicemails/{voicemailId}`, ids, perUser: true },
    { method: 'DELETE', path: `${mailbox}/voicemails/{voicemailId}`, ids, perUser: true },
    { method: 'DELETE', path: `${mailbox}/voicemails`, ids, perUser: true },
  ];
};

const eventSummary = (): Endpoint[] => [{ method: 'GET', path: '/eventSummary', perUser: true }];

const usersAndLogins = (lab: FuzzLab): Endpoint[] => {
  const ids = { loginName: 'oxe2001' };
  return [
    { method: 'GET', path: '/logins', queryParams: { onlyACD: isFlag, onlyWithExtLogin: isFlag } },
    { method: 'GET', path: '/users', queryParams: { companyPhone: (phone) => /^200[1-5]$/.test(phone) } },
    { method: 'GET', path: '/users/{loginName}', ids },
    { method: 'GET', path: '/users/{loginName}/preferences', ids },
    { method: 'GET', path: '/users/{loginName}/preferences/supportedLanguages', ids },
    {
      method: 'PUT',
      path: '/users/{loginName}/password',
      ids,
      body: { oldPassword: '2001', newPassword: 'changed' },
      extra: () =>
        fc.oneof(
          bodiesFor(
            lab,
            'PUT',
            '/users/oxe2001/password',
            oddString
              .filter((p) => p !== '2001')
              .map((oldPassword) => ({ oldPassword, newPassword: 'changed' })),
          ),
          bodiesFor(
            lab,
            'PUT',
            '/users/oxe2001/password',
            fc.constant({ oldPassword: '2001', newPassword: '' }),
          ),
          // Someone else's password, with the right old one.
          bodiesFor(
            lab,
            'PUT',
            '/users/oxe2002/password',
            fc.constant({ oldPassword: '2002', newPassword: 'changed' }),
          ),
        ),
    },
  ];
};

describe('bad input to the per-user services', () => {
  fuzzTest('messaging', ({ lab }) => checkFamily(() => lab, badRequestsForFamily(lab, messaging(lab)), 80));
  fuzzTest('eventSummary', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, eventSummary()), 50),
  );
  fuzzTest('users and logins', ({ lab }) =>
    checkFamily(() => lab, badRequestsForFamily(lab, usersAndLogins(lab)), 80),
  );
});
