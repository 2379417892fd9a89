import type { ChannelLine } from './contract';

/** One line of the event channel, as the reader understood it. */
export type NdjsonLine =
  /** An O2G event; `text` is the line as it came (trimmed), which is what de-duplication compares. */
  | { kind: 'event'; event: ChannelLine; text: string }
  /** `OnChannelInformation`: `Chunk started` when a stream opens, `keepalive` while it is idle. */
  | { kind: 'channel'; text: string; keepalive: boolean }
  /** A line that is not an O2G event; reported and skipped, the channel goes on. */
  | { kind: 'garbage'; text: string; reason: string };

export interface NdjsonReader {
  /** Feeds decoded text, cut anywhere: mid-line, mid-character sequence, several lines at once. */
  push: (chunk: string) => void;
  /** The stream ended: a last line without its newline still counts. */
  end: () => void;
}

/**
 * A newline-delimited JSON reader for the O2G event channel. Chunks do not follow lines, so the text
 * after the last newline is carried over to the next chunk. Blank lines and `\r\n` endings are
 * tolerated, as every SDK does; a line that is not a JSON object with a string `eventName` is reported
 * as garbage and skipped, so one bad line never kills the channel.
 */
export function createNdjsonReader(onLine: (line: NdjsonLine) => void): NdjsonReader {
  let carry = '';

  const take = (raw: string) => {
    const text = raw.trim();
    if (text) onLine(readLine(text));
  };

  return {
    push: (chunk) => {
      const lines = (carry + chunk).split('\n');
      carry = lines.pop() ?? '';
      lines.forEach(take);
    },
    end: () => {
      const last = carry;
      carry = '';
      take(last);
    },
  };
}

function readLine(text: string): NdjsonLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'garbage', text, reason: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { kind: 'garbage', text, reason: 'not a JSON object' };
  const { eventName } = value as { eventName?: unknown };
  if (typeof eventName !== 'string' || eventName === '')
    return { kind: 'garbage', text, reason: 'no eventName' };
  if (eventName === 'OnChannelInformation') {
    const info = (value as { text?: unknown }).text;
    const said = typeof info === 'string' ? info : '';
    return { kind: 'channel', text: said, keepalive: said.toLowerCase() === 'keepalive' };
  }
  return { kind: 'event', event: value as ChannelLine, text };
}
