// The console's one way of writing times and durations. Clock times and dates go through
// `Intl.DateTimeFormat`, so they follow the reader's locale and time zone; durations are counted,
// since a length is no moment of the day.

const CLOCK = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  hourCycle: 'h23',
});

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** `10:20:30.123` in local time: events come fast, so milliseconds tell their order at a glance. */
export function formatClockTime(at: number): string {
  return CLOCK.format(at);
}

/** An O2G date (ISO-8601) as the reader writes dates; the raw text when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

/** A length as minutes and seconds: "0:07", "12:30", "75:00"; below zero counts as zero. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A moment for a file name: `2026-02-16T18-30-00`, in UTC, sortable and free of `:`. */
export function fileTimestamp(at: Date): string {
  return at.toISOString().slice(0, 19).replace(/:/g, '-');
}
