import { describe, expect, it } from 'vitest';
import type { NdjsonLine } from './ndjson-reader';
import { createNdjsonReader } from './ndjson-reader';

function collect() {
  const lines: NdjsonLine[] = [];
  const reader = createNdjsonReader((line) => lines.push(line));
  const events = () => lines.flatMap((line) => (line.kind === 'event' ? [line.event] : []));
  return { reader, lines, events };
}

const CREATED = '{"eventName":"OnCallCreated","loginName":"oxe2001","callRef":"a1"}';
const REMOVED = '{"eventName":"OnCallRemoved","loginName":"oxe2001","callRef":"a1"}';

describe('the event channel NDJSON reader', () => {
  it('joins a line split across chunks, even in the middle of a string', () => {
    const { reader, events } = collect();
    reader.push(CREATED.slice(0, 17));
    expect(events()).toEqual([]);
    reader.push(CREATED.slice(17, 40));
    reader.push(`${CREATED.slice(40)}\n`);
    expect(events()).toEqual([{ eventName: 'OnCallCreated', loginName: 'oxe2001', callRef: 'a1' }]);
  });

  it('reads several events from one chunk, in order, and keeps the unfinished one for later', () => {
    const { reader, events } = collect();
    reader.push(`${CREATED}\n${REMOVED}\n{"eventName":"OnUserSt`);
    expect(events().map((event) => event.eventName)).toEqual(['OnCallCreated', 'OnCallRemoved']);
    reader.push('ateModified","loginName":"oxe2001","state":"FREE"}\n');
    expect(events().map((event) => event.eventName)).toEqual([
      'OnCallCreated',
      'OnCallRemoved',
      'OnUserStateModified',
    ]);
  });

  it('tells keepalives and the chunk start apart from events', () => {
    const { reader, lines } = collect();
    reader.push('{"eventName":"OnChannelInformation","text":"Chunk started"}\n');
    reader.push('{"eventName":"OnChannelInformation","text":"keepalive"}\n');
    expect(lines).toEqual([
      { kind: 'channel', text: 'Chunk started', keepalive: false },
      { kind: 'channel', text: 'keepalive', keepalive: true },
    ]);
  });

  it('accepts \\r\\n endings and blank lines, and keeps the trimmed text for comparison', () => {
    const { reader, lines } = collect();
    reader.push(`\r\n  ${CREATED}\r\n\n\r`);
    reader.push(`\n${REMOVED}\r\n`);
    expect(lines.map((line) => line.kind)).toEqual(['event', 'event']);
    expect(lines[0]).toMatchObject({ text: CREATED });
  });

  it('reports a garbage line and goes on reading', () => {
    const { reader, lines, events } = collect();
    reader.push(`${CREATED}\nnot json at all\n[1,2]\n{"text":"no name"}\n"a string"\n${REMOVED}\n`);
    expect(lines.filter((line) => line.kind === 'garbage')).toEqual([
      { kind: 'garbage', text: 'not json at all', reason: 'not JSON' },
      { kind: 'garbage', text: '[1,2]', reason: 'not a JSON object' },
      { kind: 'garbage', text: '{"text":"no name"}', reason: 'no eventName' },
      { kind: 'garbage', text: '"a string"', reason: 'not a JSON object' },
    ]);
    expect(events().map((event) => event.eventName)).toEqual(['OnCallCreated', 'OnCallRemoved']);
  });

  it('reads a last line that has no newline when the stream ends, and only once', () => {
    const { reader, events } = collect();
    reader.push(`${CREATED}\n${REMOVED}`);
    expect(events()).toHaveLength(1);
    reader.end();
    expect(events().map((event) => event.eventName)).toEqual(['OnCallCreated', 'OnCallRemoved']);
    reader.end();
    expect(events()).toHaveLength(2);
  });

  it('passes unknown event names through: listeners decide what they ignore', () => {
    const { reader, events } = collect();
    reader.push('{"eventName":"OnSomethingNew","x":1}\n');
    expect(events()).toEqual([{ eventName: 'OnSomethingNew', x: 1 }]);
  });

  it('reads a stream cut into one-character chunks exactly as a whole one', () => {
    const whole = `${CREATED}\r\n{"eventName":"OnChannelInformation","text":"keepalive"}\n\n${REMOVED}`;
    const a = collect();
    a.reader.push(whole);
    a.reader.end();
    const b = collect();
    for (const char of whole) b.reader.push(char);
    b.reader.end();
    expect(b.lines).toEqual(a.lines);
    expect(a.lines).toHaveLength(3);
  });
});
