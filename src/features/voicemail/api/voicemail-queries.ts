import { queryOptions } from '@tanstack/react-query';
import type { MailboxInfo } from '../../../o2g/contract';
import type { O2gHttp } from '../../../o2g/http';
import { connectMailbox, getEventSummary, listMailboxes, listVoiceMessages } from '../../../o2g/messaging';
import { voicemailKeys } from './voicemail-keys';
import type { VoicemailScope } from './voicemail-scope';
import { targetOf } from './voicemail-scope';
import { getUser, mainDeviceOf } from '../../../o2g/users';

/**
 * A mailbox the session has connected to, and how. Only the way is kept, never a password: a mailbox
 * opened with the user's own password can be re-read at will; one opened with its own password cannot.
 */
export interface MailboxConnection {
  info: MailboxInfo;
  via: 'user-password' | 'mailbox-password';
}

export const voicemailQueries = {
  /** The user's counters. Never stale: `OnEventSummaryUpdated` replaces them (no polling). */
  eventSummary: (http: O2gHttp, scope: VoicemailScope) =>
    queryOptions({
      queryKey: voicemailKeys.eventSummary(scope),
      queryFn: ({ signal }) => getEventSummary(http, targetOf(scope), { signal }),
      staleTime: Infinity,
    }),
  /** `GET {base}/users/{login}`: the device calls are made from and the voicemail number (1999 in the lab). */
  profile: (http: O2gHttp, scope: VoicemailScope) =>
    queryOptions({
      queryKey: voicemailKeys.profile(scope),
      queryFn: async ({ signal }) => {
        const user = await getUser(http, scope.baseUrl, scope.loginName, { signal });
        return {
          deviceId: mainDeviceOf(user),
          voicemailNumber: user.voicemail?.number,
        };
      },
      staleTime: 5 * 60_000,
    }),
  mailboxes: (http: O2gHttp, scope: VoicemailScope) =>
    queryOptions({
      queryKey: voicemailKeys.mailboxes(scope),
      queryFn: ({ signal }) => listMailboxes(http, targetOf(scope), { signal }),
      staleTime: 5 * 60_000,
    }),
  /**
   * The mailbox's counters. The connect mutation puts the first answer here; only a connection made
   * with the user's password is read again (the mailbox password is gone by then, on purpose).
   */
  connection: (http: O2gHttp, scope: VoicemailScope, mailboxId: string) =>
    queryOptions({
      queryKey: voicemailKeys.connection(scope, mailboxId),
      queryFn: async ({ signal }): Promise<MailboxConnection> => ({
        info: await connectMailbox(http, targetOf(scope), mailboxId, { withUserPwd: true }, { signal }),
        via: 'user-password',
      }),
      enabled: (query) => query.state.data?.via === 'user-password',
      staleTime: Infinity,
      // The connection lasts as long as the session (whose base URL is in the key), not as the page.
      gcTime: Infinity,
    }),
  /** The messages, newest first. Never stale: a counter change (an event) invalidates them. */
  messages: (http: O2gHttp, scope: VoicemailScope, mailboxId: string) =>
    queryOptions({
      queryKey: voicemailKeys.messages(scope, mailboxId),
      queryFn: ({ signal }) => listVoiceMessages(http, targetOf(scope), mailboxId, { signal }),
      staleTime: Infinity,
    }),
};
