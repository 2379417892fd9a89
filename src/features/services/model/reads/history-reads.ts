import type { ServiceRead } from '../read-spec';

/** Comlog: the user's call history, with the documented filters and paging. */
export const COMLOG_READS: readonly ServiceRead[] = [
  {
    id: 'records',
    label: 'Query the call records',
    path: '/comlog/records',
    actsOnUser: true,
    hint: 'At most 100 records per user; the oldest drop out.',
    params: [
      {
        name: 'afterDate',
        label: 'Not before',
        in: 'query',
        check: 'iso-instant',
        placeholder: '2026-02-16T00:00:00Z',
      },
      {
        name: 'beforeDate',
        label: 'Not after',
        in: 'query',
        check: 'iso-instant',
        placeholder: '2026-02-17T00:00:00Z',
      },
      { name: 'role', label: 'The user was the', in: 'query', kind: 'choice', choices: ['CALLER', 'CALLEE'] },
      { name: 'remotePartyId', label: 'Other party', in: 'query', placeholder: '2002' },
      { name: 'comRef', label: 'Call reference', in: 'query' },
      { name: 'offset', label: 'Offset', in: 'query', check: 'positive-int' },
      { name: 'limit', label: 'Limit', in: 'query', check: 'positive-int' },
      { name: 'unacknowledged', label: 'Only unacknowledged', in: 'query', kind: 'flag', flag: 'true' },
      { name: 'unanswered', label: 'Only unanswered', in: 'query', kind: 'flag', flag: 'true' },
      { name: 'optimized', label: 'Optimized identities', in: 'query', kind: 'flag', flag: 'true' },
    ],
  },
  {
    id: 'record',
    label: 'Read one record',
    path: '/comlog/records/{recordId}',
    actsOnUser: true,
    params: [{ name: 'recordId', label: 'Record id', in: 'path', required: true, check: 'digits' }],
  },
];

/**
 * Voicemail: the mailboxes and their messages. Downloading a message is left out: that GET marks the
 * message as read, so it is not a harmless read.
 */
export const VOICEMAIL_READS: readonly ServiceRead[] = [
  {
    id: 'mailboxes',
    label: 'List the mailboxes',
    path: '/messaging/mailboxes',
    actsOnUser: true,
    params: [],
  },
  {
    id: 'voicemails',
    label: 'List the voice messages',
    path: '/messaging/mailboxes/{mailboxId}/voicemails',
    actsOnUser: true,
    hint: 'Some O2Gs want the mailbox opened first (a POST with its password): use the free-form request.',
    params: [
      { name: 'mailboxId', label: 'Mailbox', in: 'path', required: true, placeholder: '2001' },
      { name: 'newOnly', label: 'Only new messages', in: 'query', kind: 'flag', flag: 'true' },
      { name: 'offset', label: 'Offset', in: 'query', check: 'positive-int' },
      { name: 'limit', label: 'Limit', in: 'query', check: 'positive-int' },
    ],
  },
];
