/** A count with its noun, singular for one: "1 operation", "3 operations", "0 messages". */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;
