import type { PartyInfo, VoiceMessage } from '../../../o2g/contract';

/** Who left a message, as the list shows it: a name (when the O2G knows one) and a number. */
export interface CallerView {
  name?: string;
  number?: string;
  /** One line: "Chloé Dubois (2003)", "2003", or "Unknown caller". */
  label: string;
  /** The second line under the name: the number, or what is known without a name. */
  detail: string;
}

export function callerOf(from: PartyInfo | undefined): CallerView {
  const name = [from?.firstName, from?.lastName].filter(Boolean).join(' ') || from?.displayName || undefined;
  const number = from?.id.phoneNumber || undefined;
  const label = name && number ? `${name} (${number})` : (name ?? number ?? 'Unknown caller');
  const outside = from?.type?.main === 'EXTERNAL';
  const detail = name
    ? (number ?? 'number withheld')
    : number
      ? outside
        ? 'outside caller'
        : 'no name known'
      : 'number withheld';
  return { name, number, label, detail };
}

/** A message length: "0:07", "12:30". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The deposit date in the reader's own locale and time zone; the raw text when it is not a date. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

/** New and total messages, as the list shows them (a connection's counters may be older). */
export function countsOf(messages: readonly VoiceMessage[]) {
  return { total: messages.length, unread: messages.filter((m) => m.unread).length };
}
