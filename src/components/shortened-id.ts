/** Shorter than this, an id is read whole at a glance (a lab callRef has 16 characters: shortened). */
const LONGEST_WHOLE = 13;

/** An id as URLs carry them: letters, digits and a few marks, never a word alone (`incomingCallbacks`). */
const ID_CHARACTERS = /^[A-Za-z0-9_~%+.-]+$/;

/**
 * The ends of a long id, `c0ffee…0001`, or undefined for text that is short or not an id (it has no
 * digit, or holds characters ids do not, such as the `:` of a time).
 */
export function shortenedId(text: string): string | undefined {
  if (text.length <= LONGEST_WHOLE || !ID_CHARACTERS.test(text) || !/\d/.test(text)) return undefined;
  return `${text.slice(0, 6)}\u2026${text.slice(-4)}`;
}
