import { z } from 'zod';

/** Messages by field name; a field with no message (or `undefined`) is fine. */
export type FieldMessages = Partial<Record<string, string>>;

/**
 * A zod schema whose issues are the messages of a check the console already has, each at its field.
 * The services page's checks are data-driven (they come from each read's parameters, the session's
 * base URL, the "Act as" pick), so the forms keep them as the one source of their words and hand them
 * to `schemaResolver` through this schema, like every other form of the console.
 */
export function schemaOfCheck<Values>(check: (values: Values) => FieldMessages) {
  return z.custom<Values>().superRefine((values, context) => {
    for (const [field, message] of Object.entries(check(values))) {
      if (message) context.addIssue({ code: 'custom', path: [field], message });
    }
  });
}
