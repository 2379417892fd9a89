/**
 * Query keys of the voicemail panel and the message-waiting badge, per session base URL (another
 * session never sees these entries) and per user (an administrator acts for several).
 */
export const voicemailKeys = {
  all: ['voicemail'] as const,
  session: (baseUrl: string) => [...voicemailKeys.all, baseUrl] as const,
  /** What every user's counters and mailboxes hang under: what a channel drop may have left stale. */
  users: (baseUrl: string) => [...voicemailKeys.session(baseUrl), 'user'] as const,
  user: (baseUrl: string, loginName: string) => [...voicemailKeys.users(baseUrl), loginName] as const,
  /** The user's counters (`eventSummary`): events replace them in place. */
  eventSummary: (baseUrl: string, loginName: string) =>
    [...voicemailKeys.user(baseUrl, loginName), 'eventSummary'] as const,
  /** The user's device and voicemail number, for the calls the panel makes. */
  profile: (baseUrl: string, loginName: string) =>
    [...voicemailKeys.user(baseUrl, loginName), 'profile'] as const,
  mailboxes: (baseUrl: string, loginName: string) =>
    [...voicemailKeys.user(baseUrl, loginName), 'mailboxes'] as const,
  /** Everything read inside the user's mailboxes: what a counter change makes stale. */
  mailboxContents: (baseUrl: string, loginName: string) =>
    [...voicemailKeys.user(baseUrl, loginName), 'mailbox'] as const,
  /** The mailbox "connection" (its counters); present only once the session has connected to it. */
  connection: (baseUrl: string, loginName: string, mailboxId: string) =>
    [...voicemailKeys.mailboxContents(baseUrl, loginName), mailboxId, 'connection'] as const,
  messages: (baseUrl: string, loginName: string, mailboxId: string) =>
    [...voicemailKeys.mailboxContents(baseUrl, loginName), mailboxId, 'messages'] as const,
};
