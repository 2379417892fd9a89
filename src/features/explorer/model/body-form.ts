import type { UseFormReturnType } from '@mantine/form';

/** The body form's values: the request body under one key, so that a list or a string body works too. */
export interface BodyValues {
  body: unknown;
}

export type BodyForm = UseFormReturnType<BodyValues>;

/** The form's path of a part of the body (`body.forwardRoute.destinations.0`). */
export const formPath = (path: readonly (string | number)[]) => ['body', ...path].join('.');

/** How a field is labelled: its name, or the list's name and the item's number. */
export function fieldLabel(path: readonly (string | number)[], listName?: string): string {
  const last = path[path.length - 1];
  if (typeof last === 'number') return `${listName ?? 'item'} ${last + 1}`;
  return last === undefined ? 'body' : String(last);
}
