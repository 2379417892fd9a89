import type { MailboxInfo, PartyInfo } from '../../../../src/o2g/contract';
import type { Lab } from '../../labs/load-lab';
import type { Clock } from '../clock';
import type { Directory } from '../directory';
import type { DomainEvent, DomainEventOf, Outcome } from '../domain-events';
import { SimError } from '../sim-error';
import type { CountersChanged } from './event-summary';
import type {} from '../calls/telephony-events';

/** One stored voice message. */
export interface StoredVoiceMessage {
  readonly voicemailId: string;
  /** Missing for a caller the voicemail could not identify. */
  readonly from?: PartyInfo;
  readonly durationSeconds: number;
  readonly depositedAt: number;
  readonly unread: boolean;
  readonly highPriority: boolean;
}

/** A user's voice mailbox; its id is the user's extension, as on an OXE 4645 voicemail. */
export interface MailboxRecord {
  readonly id: string;
  readonly loginName: string;
  readonly name: string;
  readonly password: string;
  messages: StoredVoiceMessage[];
}

/** Which messages a list returns; the Java SDK documents offset 0 and limit 100 as defaults. */
export interface MessageQuery {
  newOnly?: boolean;
  offset?: number;
  limit?: number;
}

// Storage usage is reported as a percentage of this many seconds of messages.
const CAPACITY_SECONDS = 30 * 60;

/** The voice mailboxes of the lab (users with a `mailbox` in the lab file) and their messages. */
export class Mailboxes {
  readonly #byLogin = new Map<string, MailboxRecord>();
  #lastId = 0;

  constructor(
    lab: Lab,
    private readonly directory: Directory,
    private readonly clock: Clock,
    private readonly countersChanged: CountersChanged,
  ) {
    for (const user of lab.users) {
      if (user.mailbox) {
        const name = `${user.firstName} ${user.lastName}`;
        this.#byLogin.set(user.loginName, {
          id: user.companyPhone,
          loginName: user.loginName,
          name,
          password: user.mailbox.password,
          messages: [],
        });
      }
    }
  }

  /** The user's mailboxes: one, or none for a user without voicemail. */
  mailboxesOf(loginName: string): MailboxRecord[] {
    const mailbox = this.#byLogin.get(loginName);
    return mailbox ? [mailbox] : [];
  }

  /**
   * Opens the mailbox and returns its counters. Without a password (`withUserPwd`) the session's own
   * authentication vouches for the user, as the lab documents it; a mailbox password must match the lab's.
   */
  connect(loginName: string, mailboxId: string, password?: string): MailboxInfo {
    const mailbox = this.#mailbox(loginName, mailboxId);
    if (password !== undefined && password !== mailbox.password) {
      throw new SimError('forbidden', `Wrong password for mailbox ${mailboxId}`);
    }
    const totalSeconds = mailbox.messages.reduce((sum, m) => sum + m.durationSeconds, 0);
    return {
      totalVoiceMsg: mailbox.messages.length,
      newVoiceMsg: this.unreadCount(loginName),
      storageUsage: Math.min(100, Math.round((totalSeconds * 100) / CAPACITY_SECONDS)),
    };
  }

  /** The messages of a mailbox, newest first. */
  list(loginName: string, mailboxId: string, query: MessageQuery = {}): StoredVoiceMessage[] {
    const { newOnly = false, offset = 0, limit = 100 } = query;
    const messages = this.#mailbox(loginName, mailboxId).messages.filter((m) => !newOnly || m.unread);
    return [...messages].reverse().slice(offset, offset + limit);
  }

  /** One message for download; fetching it marks it read, as a voicemail server does. */
  fetch(loginName: string, mailboxId: string, voicemailId: string): Outcome<StoredVoiceMessage> {
    const mailbox = this.#mailbox(loginName, mailboxId);
    const message = mailbox.messages.find((m) => m.voicemailId === voicemailId);
    if (!message) throw new SimError('notFound', `No voice message ${voicemailId} in mailbox ${mailboxId}`);
    if (!message.unread) return { result: message, events: [] };
    const read = { ...message, unread: false };
    mailbox.messages = mailbox.messages.map((m) => (m === message ? read : m));
    return { result: read, events: [this.countersChanged(loginName, this.clock.now())] };
  }

  /**
   * Deletes messages. One named id must exist (404 otherwise); in a list, unknown ids are ignored as the
   * SDKs document. Without ids, every message goes.
   */
  delete(
    loginName: string,
    mailboxId: string,
    ids: readonly string[] | 'all',
    strict = false,
  ): Outcome<number> {
    const mailbox = this.#mailbox(loginName, mailboxId);
    const doomed = new Set(ids === 'all' ? mailbox.messages.map((m) => m.voicemailId) : ids);
    const missing = [...doomed].filter((id) => !mailbox.messages.some((m) => m.voicemailId === id));
    if (strict && missing.length > 0)
      throw new SimError('notFound', `No voice message ${missing.join(', ')} in mailbox ${mailboxId}`);
    const before = mailbox.messages;
    mailbox.messages = before.filter((m) => !doomed.has(m.voicemailId));
    const removed = before.length - mailbox.messages.length;
    const unreadRemoved = before.some((m) => m.unread && doomed.has(m.voicemailId));
    return {
      result: removed,
      events: unreadRemoved ? [this.countersChanged(loginName, this.clock.now())] : [],
    };
  }

  /** Stores the message telephony reports; a deposit for a user without a mailbox is dropped. */
  deposit(fact: DomainEventOf<'voicemailDeposited'>): DomainEvent[] {
    const mailbox = this.#byLogin.get(fact.mailboxLoginName);
    if (!mailbox) return [];
    this.#lastId += 1;
    mailbox.messages.push({
      voicemailId: `${mailbox.id}-${String(this.#lastId).padStart(4, '0')}`,
      from: this.#caller(fact),
      durationSeconds: Math.max(1, Math.round(fact.durationSeconds)),
      depositedAt: fact.at,
      unread: true,
      highPriority: false,
    });
    return [this.countersChanged(mailbox.loginName, fact.at)];
  }

  unreadCount(loginName: string): number {
    return this.#byLogin.get(loginName)?.messages.filter((m) => m.unread).length ?? 0;
  }

  #caller(fact: DomainEventOf<'voicemailDeposited'>): PartyInfo | undefined {
    if (fact.callerNumber === '') return undefined;
    if (fact.external)
      return {
        id: { phoneNumber: fact.callerNumber },
        displayName: fact.callerName,
        type: { main: 'EXTERNAL' },
      };
    const user = this.directory.userByPhoneNumber(fact.callerNumber);
    if (!user)
      return {
        id: { phoneNumber: fact.callerNumber },
        displayName: fact.callerName,
        type: { main: 'UNKNOWN' },
      };
    return {
      id: { loginName: user.loginName, phoneNumber: user.companyPhone },
      firstName: user.firstName,
      lastName: user.lastName,
      type: { main: 'USER' },
    };
  }

  #mailbox(loginName: string, mailboxId: string): MailboxRecord {
    const mailbox = this.#byLogin.get(loginName);
    if (!mailbox || mailbox.id !== mailboxId)
      throw new SimError('notFound', `Unknown mailbox ${mailboxId} for ${loginName}`);
    return mailbox;
  }
}
