import { directorySearchRequestSchema } from '../contract/directory';
import { mailboxConnectRequestSchema } from '../contract/messaging';
import { subscriptionRequestSchema } from '../contract/subscriptions';
import { actAs, NO_CONTENT, operations, pathParam, queryParam } from './define';

const MAILBOXES = '/messaging/mailboxes';
const mailboxId = pathParam('mailboxId', '2001', 'mailboxId', 'The mailbox id (the lab uses the extension).');
const voicemailId = pathParam('voicemailId', undefined, 'voicemailId');
const NO_MAILBOX = { 404: 'No such mailbox or message.' };

/** Voicemail (messaging): mailboxes and voice messages. */
export const VOICEMAIL = operations('Voicemail', 'voicemail', {
  listMailboxes: {
    method: 'GET',
    path: MAILBOXES,
    summary: 'The user’s mailboxes',
    params: [actAs],
    returns: '`mailboxes[]`: id, name, capabilities; empty without voicemail.',
  },
  connect: {
    method: 'POST',
    path: `${MAILBOXES}/{mailboxId}`,
    summary: 'Open a mailbox and read its counters',
    params: [
      mailboxId,
      actAs,
      queryParam('withUserPwd', {
        options: ['true'],
        description: 'Use the user’s own password instead of a body.',
      }),
    ],
    body: mailboxConnectRequestSchema,
    example: { password: '1234' },
    returns: 'totalVoiceMsg, newVoiceMsg, storageUsage.',
    statuses: { 200: 'OK', 403: 'Wrong mailbox password.', ...NO_MAILBOX },
  },
  listMessages: {
    method: 'GET',
    path: `${MAILBOXES}/{mailboxId}/voicemails`,
    summary: 'The voice messages of a mailbox',
    params: [
      mailboxId,
      actAs,
      queryParam('newOnly', { options: ['true', 'false'] }),
      queryParam('offset'),
      queryParam('limit'),
    ],
    returns: '`voicemails[]`: voicemailId, from, duration, date, unread.',
    statuses: { 200: 'OK', ...NO_MAILBOX },
  },
  download: {
    method: 'GET',
    path: `${MAILBOXES}/{mailboxId}/voicemails/{voicemailId}`,
    summary: 'Download a message (marks it read)',
    params: [mailboxId, voicemailId, actAs],
    returns: 'The message as a WAV file.',
    binary: true,
    statuses: { 200: 'OK', 206: 'Part of the file (a Range request).', ...NO_MAILBOX },
  },
  deleteOne: {
    method: 'DELETE',
    path: `${MAILBOXES}/{mailboxId}/voicemails/{voicemailId}`,
    summary: 'Delete one message',
    params: [mailboxId, voicemailId, actAs],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NO_MAILBOX },
  },
  deleteMany: {
    method: 'DELETE',
    path: `${MAILBOXES}/{mailboxId}/voicemails`,
    summary: 'Delete several messages',
    params: [
      mailboxId,
      actAs,
      queryParam('msgIds', { carry: 'voicemailId', description: 'Message ids, separated by “;”.' }),
    ],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NO_MAILBOX },
  },
});

/** Directory: the OXE phone book, searched in two steps (start, then poll). */
export const DIRECTORY = operations('Directory', 'directory', {
  search: {
    method: 'POST',
    path: '/directory/search',
    summary: 'Start a search',
    params: [actAs],
    body: directorySearchRequestSchema,
    example: { filter: { field: 'lastName', operation: 'BEGIN_WITH', operand: 'M' }, limit: 20 },
    returns: 'No body; poll for the results.',
    statuses: { 201: 'The search started.', 403: 'Too many searches at once.' },
  },
  results: {
    method: 'GET',
    path: '/directory/search',
    summary: 'Poll for results',
    params: [actAs],
    returns: '`resultCode` (OK, NOK, FINISH, TIMEOUT) and the new `resultElements[]`.',
  },
  cancel: {
    method: 'DELETE',
    path: '/directory/search',
    summary: 'Cancel the search',
    params: [actAs],
    returns: 'No body.',
    statuses: NO_CONTENT,
  },
});

/** Subscriptions: the event subscription the event channel reads. */
export const SUBSCRIPTIONS = operations('Subscriptions', 'subscriptions', {
  subscribe: {
    method: 'POST',
    path: '/subscriptions',
    summary: 'Subscribe to event packages',
    body: subscriptionRequestSchema,
    example: {
      filter: { selectors: [{ ids: ['oxe2001'], names: ['telephony', 'routingManagement'] }] },
      version: '1.0',
    },
    returns: 'subscriptionId, status and the polling URLs of the event channel.',
    statuses: { 200: 'OK (status ACCEPTED or a refusal).' },
  },
  unsubscribe: {
    method: 'DELETE',
    path: '/subscriptions/{subscriptionId}',
    summary: 'End a subscription',
    params: [pathParam('subscriptionId', undefined, 'subscriptionId')],
    returns: 'No body.',
    statuses: { 200: 'OK', ...NO_CONTENT, 404: 'No such subscription.' },
  },
});
