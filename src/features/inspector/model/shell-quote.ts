/** Characters a POSIX shell reads literally outside quotes. */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes a word for a POSIX shell so that it reaches the program exactly as given: single quotes, with each
 * embedded single quote closed, escaped and reopened (`'\''`). Nothing inside expands.
 */
export function shellQuote(word: string): string {
  if (word !== '' && SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * Quotes a word in double quotes so that the `$NAME` placeholders in it expand from the environment, and
 * nothing else does: `"`, `\`, backquote and any other `$` are escaped.
 */
export function shellQuoteWithVariables(word: string, variables: readonly string[]): string {
  const escaped = word.replace(/["\\`$]/g, '\\$&');
  const expanded = variables.reduce((text, name) => text.split(`\\$${name}`).join(`$${name}`), escaped);
  return `"${expanded}"`;
}
