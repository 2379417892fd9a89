import type { VoicemailScope } from './voicemail-scope';

/**
 * Query keys of the voicemail panel and the message-waiting badge, per session base URL (another
 * session never sees these entries) and per user (an administrator acts for several). Each entry's key
 * ends with whether it was read as an administrator (`?loginName=` or not), since that changes the request.
 */
export const voicemailKeys = {
  all: ['voicemail'] as const,
  session: (baseUrl: string) => [...voicemailKeys.all, baseUrl] as const,
  /** What every user's counters and mailboxes hang under: what a channel drop may have left stale. */
  users: (baseUrl: string) => [...voicemailKeys.session(baseUrl), 'user'] as const,
  user: (baseUrl: string, loginName: string) => [...voicemailKeys.users(baseUrl), loginName] as const,
  /** The user's counters (`eventSummary`), however read: events replace them in place. */
  eventSummaries: (baseUrl: string, loginName: string) =>
    [...voicemailKeys.user(baseUrl, loginName), 'eventSummary'] as const,
  eventSummary: (scope: VoicemailScope) =>
    [...voicemailKeys.eventSummaries(scope.baseUrl, scope.loginName), scope.admin] as const,
  /** The user's device and voicemail number, for the calls the panel makes. */
  profile: (scope: VoicemailScope) =>
    [...voicemailKeys.user(scope.baseUrl, scope.loginName), 'profile', scope.admin] as const,
  mailboxes: (scope: VoicemailScope) =>
    [...voicemailKeys.user(scope.baseUrl, scope.loginName), 'mailboxes', scope.admin] as const,
  /** Everything read inside the user's mailboxes: what a counter change makes stale. */
  mailboxContents: (baseUrl: string, loginName: string) =>
    [...voicemailKeys.user(baseUrl, loginName), 'mailbox'] as const,
  /** The mailbox "connection" (its counters); present only once the session has connected to it. */
  connection: (scope: VoicemailScope, mailboxId: string) =>
    [
      ...voicemailKeys.mailboxContents(scope.baseUrl, scope.loginName),
      mailboxId,
      'connection',
      scope.admin,
    ] as const,
  messages: (scope: VoicemailScope, mailboxId: string) =>
    [
      ...voicemailKeys.mailboxContents(scope.baseUrl, scope.loginName),
      mailboxId,
      'messages',
      scope.admin,
    ] as const,
};
