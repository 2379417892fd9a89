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

/** New and total messages, as the list shows them (a connection's counters may be older). */
export function countsOf(messages: readonly VoiceMessage[]) {
  return { total: messages.length, unread: messages.filter((m) => m.unread).length };
}
