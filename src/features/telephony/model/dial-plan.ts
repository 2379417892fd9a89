/** An extension of the lab, as the dial plan needs it. */
export interface Extension {
  number: string;
  name: string;
  loginName?: string;
}

/** What a typed number is, in the lab's dial plan. */
export type NumberKind =
  | 'empty'
  | 'incomplete'
  | 'extension'
  | 'voicemail'
  | 'loopback'
  /** Dialable, but not in the lab's plan: the PBX will most likely refuse it. */
  | 'unknown'
  /** Not a dial string at all. */
  | 'invalid';

export interface NumberClass {
  kind: NumberKind;
  /** One sentence for the person typing. */
  message: string;
  /** True when the number reaches something in the lab as it is. */
  callable: boolean;
  /**
   * True when it is a dial string the O2G accepts; the console lets one try it even when the lab's plan
   * does not know it (a real PBX may have more numbers), and shows the PBX's refusal in plain words.
   */
  dialable: boolean;
  /** The extension reached (directly or through the trunk loopback). */
  extension?: Extension;
}

/** The lab's voicemail access number. */
export const VOICEMAIL_NUMBER = '1999';
/** The trunk loopback prefix: the call leaves on the trunk and comes back in. */
export const LOOPBACK_PREFIX = '91';
const EXTENSION_LENGTH = 4;
const LOOPBACK_LENGTH = LOOPBACK_PREFIX.length + 2 + 3 + EXTENSION_LENGTH;

export const LOOPBACK_EXPLANATION =
  `Dial ${LOOPBACK_PREFIX} + 2 digits + 3 digits + an extension: the call leaves the PBX on the trunk and ` +
  'comes back in, so the extension sees an external caller. The middle digits can be anything you like.';

const named = (extension: Extension) => `${extension.number} (${extension.name})`;

const verdict = (kind: NumberKind, message: string, extension?: Extension): NumberClass => ({
  kind,
  message,
  callable: kind === 'extension' || kind === 'voicemail' || kind === 'loopback',
  dialable: kind !== 'empty' && kind !== 'invalid',
  ...(extension && { extension }),
});

/** Classifies what is typed, as it is typed: an extension, voicemail, a trunk loopback number, or not. */
export function classifyNumber(raw: string, extensions: readonly Extension[]): NumberClass {
  const text = raw.trim();
  const find = (number: string) => extensions.find((extension) => extension.number === number);
  if (text === '') return verdict('empty', 'Type a number or use the dial pad.');
  if (!/^[0-9*#]+$/.test(text)) return verdict('invalid', 'Only digits, * and # can be dialled.');
  if (text === VOICEMAIL_NUMBER)
    return verdict('voicemail', 'Voicemail: the mailbox of the extension you call from.');
  const exact = find(text);
  if (exact) return verdict('extension', `Extension ${named(exact)}.`, exact);
  const outside = `${text} is not in the lab's dial plan (an extension, ${VOICEMAIL_NUMBER} or ${LOOPBACK_PREFIX}XXYYY + extension): the PBX will most likely refuse it.`;
  if (!/^\d+$/.test(text)) return verdict('unknown', outside);
  if (text.startsWith(LOOPBACK_PREFIX)) {
    const missing = LOOPBACK_LENGTH - text.length;
    if (missing > 0)
      return verdict('incomplete', `Trunk loopback: ${missing} more digit(s) (91 + XX + YYY + extension).`);
    if (missing < 0)
      return verdict('unknown', `Too long for a trunk loopback number (${LOOPBACK_LENGTH} digits).`);
    const last = text.slice(-EXTENSION_LENGTH);
    const extension = find(last);
    if (!extension)
      return verdict('unknown', `Trunk loopback to ${last}, but no lab extension has that number.`);
    return verdict(
      'loopback',
      `Trunk loopback to ${named(extension)}: it arrives as an external call.`,
      extension,
    );
  }
  if (text.length < EXTENSION_LENGTH) {
    const couldBe =
      extensions.some((extension) => extension.number.startsWith(text)) ||
      VOICEMAIL_NUMBER.startsWith(text) ||
      LOOPBACK_PREFIX.startsWith(text);
    if (couldBe) return verdict('incomplete', 'Keep typing: extensions have 4 digits.');
  }
  return verdict('unknown', outside);
}

const randomDigits = (count: number, random: () => number) =>
  Array.from({ length: count }, () => Math.floor(random() * 10) % 10).join('');

/** A trunk loopback number to the extension: `91` + XX + YYY + the extension; missing parts are random. */
export function buildLoopback(
  extension: string,
  { xx, yyy }: { xx?: string; yyy?: string } = {},
  random: () => number = Math.random,
): string {
  const pair = xx && /^\d{2}$/.test(xx) ? xx : randomDigits(2, random);
  const triple = yyy && /^\d{3}$/.test(yyy) ? yyy : randomDigits(3, random);
  return `${LOOPBACK_PREFIX}${pair}${triple}${extension}`;
}
