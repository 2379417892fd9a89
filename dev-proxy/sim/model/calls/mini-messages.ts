import type { LabUser } from '../../labs/load-lab';
import type { Directory } from '../directory';
import { SimError } from '../sim-error';
import { invalidDestination } from './telephony-errors';

/** A short text between two sets, as `GET …/telephony/miniMessages` gives it. */
export interface MiniMessage {
  sender: string;
  dateTime: string;
  message: string;
}

/**
 * The sets' mini messages: sent to an extension, read newest first, and gone once read (the OXE keeps
 * no read messages).
 */
export class MiniMessages {
  readonly #byLogin = new Map<string, MiniMessage[]>();

  constructor(private readonly directory: Directory) {}

  send(sender: LabUser, recipient: string, message: string, at: number): void {
    const target = this.directory.userByPhoneNumber(recipient);
    if (!target) throw invalidDestination(recipient);
    const sent = { sender: sender.companyPhone, dateTime: new Date(at).toISOString(), message };
    this.#byLogin.set(target.loginName, [...(this.#byLogin.get(target.loginName) ?? []), sent]);
  }

  /** Takes the newest unread message; none left is an error, which the SDKs read as "no message". */
  takeNext(loginName: string): MiniMessage {
    const waiting = this.#byLogin.get(loginName) ?? [];
    const next = waiting.at(-1);
    if (!next) throw new SimError('notFound', `${loginName} has no unread mini message`);
    this.#byLogin.set(loginName, waiting.slice(0, -1));
    return next;
  }

  snapshot(): unknown {
    return [...this.#byLogin].filter(([, messages]) => messages.length > 0);
  }
}
