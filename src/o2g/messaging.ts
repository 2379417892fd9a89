import type { EventSummary, Mailbox, MailboxInfo, VoiceMessage } from './contract';
import { eventSummarySchema, mailboxInfoSchema, mailboxListSchema, voiceMessageListSchema } from './contract';
import type { O2gHttp } from './http';
import { underBase } from './base-url';

/**
 * Whose voicemail a request is about: the session's base URL and, in an administrator session, the
 * user it acts for (`?loginName=`; a user session never needs it).
 */
export interface MessagingTarget {
  baseUrl: string;
  loginName?: string;
}

interface Options {
  signal?: AbortSignal;
}

/** How a mailbox is opened: with its own password, or vouched for by the user's O2G password. */
export type MailboxCredentials = { password: string } | { withUserPwd: true };

type Query = Record<string, string | null | undefined>;

/**
 * `{base}{path}` with `?loginName=` when a user is named and the other parameters given. A `null` value
 * is a bare flag (`?withUserPwd`), as the SDKs send it.
 */
export function messagingUrl(target: MessagingTarget, path: string, query: Query = {}): string {
  const url = underBase(target.baseUrl, path);
  const parts: string[] = [];
  for (const [name, value] of Object.entries({ loginName: target.loginName, ...query })) {
    if (value === null) parts.push(name);
    else if (value !== undefined) parts.push(`${name}=${encodeURIComponent(value)}`);
  }
  return parts.length > 0 ? `${url}?${parts.join('&')}` : url;
}

const mailboxPath = (mailboxId: string) => `/messaging/mailboxes/${encodeURIComponent(mailboxId)}`;
const messagePath = (mailboxId: string, voicemailId: string) =>
  `${mailboxPath(mailboxId)}/voicemails/${encodeURIComponent(voicemailId)}`;

/** `GET …/messaging/mailboxes`: the user's voice mailboxes; empty for a user without voicemail. */
export async function listMailboxes(http: O2gHttp, target: MessagingTarget, options: Options = {}) {
  const url = messagingUrl(target, '/messaging/mailboxes');
  const answer = await http.request('GET', url, mailboxListSchema, options);
  return answer.data.mailboxes satisfies Mailbox[];
}

/**
 * `POST …/messaging/mailboxes/{id}`: "connects" to the mailbox and returns its counters. A wrong mailbox
 * password is a 403. The password travels in the body only; the caller must not keep it.
 */
export async function connectMailbox(
  http: O2gHttp,
  target: MessagingTarget,
  mailboxId: string,
  credentials: MailboxCredentials,
  options: Options = {},
) {
  const byUser = 'withUserPwd' in credentials;
  const url = messagingUrl(target, mailboxPath(mailboxId), byUser ? { withUserPwd: null } : {});
  const json = byUser ? undefined : { password: credentials.password };
  const answer = await http.request('POST', url, mailboxInfoSchema, { ...options, json });
  return answer.data satisfies MailboxInfo;
}

/** `GET …/{id}/voicemails`: the messages of a mailbox (newest first on the lab). */
export async function listVoiceMessages(
  http: O2gHttp,
  target: MessagingTarget,
  mailboxId: string,
  {
    newOnly = false,
    offset,
    limit,
    signal,
  }: Options & { newOnly?: boolean; offset?: number; limit?: number } = {},
) {
  // Like the SDKs: newOnly only when true, offset and limit only when set and non-zero.
  const url = messagingUrl(target, `${mailboxPath(mailboxId)}/voicemails`, {
    newOnly: newOnly ? 'true' : undefined,
    offset: offset ? String(offset) : undefined,
    limit: limit ? String(limit) : undefined,
  });
  const answer = await http.request('GET', url, voiceMessageListSchema, { signal });
  return answer.data.voicemails satisfies VoiceMessage[];
}

/** `GET …/voicemails/{vmId}`: the message's audio (WAV). The O2G marks a downloaded message as read. */
export async function downloadVoiceMessage(
  http: O2gHttp,
  target: MessagingTarget,
  mailboxId: string,
  voicemailId: string,
  options: Options = {},
): Promise<Blob> {
  const answer = await http.requestBlob(
    'GET',
    messagingUrl(target, messagePath(mailboxId, voicemailId)),
    options,
  );
  return answer.data;
}

/**
 * Marks a message as read without downloading it. O2G has no endpoint for that: like the node SDK, this
 * is the download GET limited to its first two bytes (`Range: bytes=0-1`).
 */
export async function acknowledgeVoiceMessage(
  http: O2gHttp,
  target: MessagingTarget,
  mailboxId: string,
  voicemailId: string,
): Promise<void> {
  await http.requestBlob('GET', messagingUrl(target, messagePath(mailboxId, voicemailId)), {
    headers: { Range: 'bytes=0-1' },
  });
}

/** `DELETE …/voicemails/{vmId}`: deletes one message. */
export async function deleteVoiceMessage(
  http: O2gHttp,
  target: MessagingTarget,
  mailboxId: string,
  voicemailId: string,
): Promise<void> {
  await http.request('DELETE', messagingUrl(target, messagePath(mailboxId, voicemailId)), undefined);
}

/**
 * `DELETE …/voicemails?msgIds=a;b`: deletes several messages (unknown ids are ignored by the O2G).
 * Refuses an empty list: without `msgIds` the O2G would empty the whole mailbox.
 */
export async function deleteVoiceMessages(
  http: O2gHttp,
  target: MessagingTarget,
  mailboxId: string,
  voicemailIds: readonly string[],
): Promise<void> {
  if (voicemailIds.length === 0) throw new RangeError('deleteVoiceMessages needs at least one message id');
  const url = messagingUrl(target, `${mailboxPath(mailboxId)}/voicemails`, {
    msgIds: voicemailIds.join(';'),
  });
  await http.request('DELETE', url, undefined);
}

/**
 * `GET …/eventSummary`: the user's counters, whose `voiceMessagesNb` and `eventWaiting` drive the
 * message-waiting lamp. O2G has no messaging event package: these counters and `OnEventSummaryUpdated`
 * are how a client hears of new and read messages.
 */
export async function getEventSummary(http: O2gHttp, target: MessagingTarget, options: Options = {}) {
  const answer = await http.request(
    'GET',
    messagingUrl(target, '/eventSummary'),
    eventSummarySchema,
    options,
  );
  return answer.data satisfies EventSummary;
}
