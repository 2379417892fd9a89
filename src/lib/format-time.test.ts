import { describe, expect, it } from 'vitest';
import { fileTimestamp, formatClockTime, formatDateTime, formatDuration } from './format-time';

describe('the console\u2019s time formats', () => {
  it('writes a clock time to the millisecond, on a 24-hour clock, in local time', () => {
    const at = new Date(2026, 0, 12, 21, 5, 7, 42).getTime();
    // The separators are the locale's; the digits and their order are fixed.
    expect(formatClockTime(at)).toMatch(/^21\D05\D07\D042$/);
    expect(formatClockTime(new Date(2026, 0, 12, 9, 0, 0, 0).getTime())).toMatch(/^09\D00\D00\D000$/);
  });

  it('writes an O2G date in the reader\u2019s style, and an unreadable one as it came', () => {
    expect(formatDateTime('2026-01-12T09:41:07.000Z')).toMatch(/2026/);
    expect(formatDateTime('2026-01-12T09:41:07.000Z')).not.toContain('T09');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('writes a length as minutes and seconds', () => {
    expect(formatDuration(7)).toBe('0:07');
    expect(formatDuration(750)).toBe('12:30');
    expect(formatDuration(4500)).toBe('75:00');
    expect(formatDuration(6.6)).toBe('0:07');
    expect(formatDuration(-3)).toBe('0:00');
  });

  it('writes a file name\u2019s moment in UTC without colons', () => {
    expect(fileTimestamp(new Date('2025-01-31T10:20:30.123Z'))).toBe('2025-01-31T10-20-30');
  });
});
