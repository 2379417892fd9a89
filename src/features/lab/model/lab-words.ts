// What the Lab drawer says after an action, in the words of the telephony view.

/** "20 s", "1 min 1 s", "31 min 1 s". */
export function durationWords(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** The outcome of dropping the event channels. */
export function droppedWords(dropped: number): string {
  if (dropped === 0) return 'No event channel was open.';
  const channels = dropped === 1 ? '1 event channel was' : `${dropped} event channels were`;
  return `${channels} cut; the console reconnects by itself.`;
}

/** The lab's time after the clock moved, as a clock on the wall shows it. */
export function clockWords(seconds: number, nowMs: number): string {
  const time = new Date(nowMs).toLocaleTimeString(undefined, { hour12: false });
  return `The lab's clock moved ${durationWords(seconds)} forward; it is now ${time} there.`;
}
