import { z } from 'zod';

/**
 * Text the O2G takes from a fixed list (a forward's kind, a destination's type, an event package).
 * Parsing stays as lenient as plain text, because an O2G of another version may answer with a value
 * missing here; the list travels with the schema as its JSON Schema `enum`, so forms offer it as a
 * choice and exported schemas list it.
 */
export function oneOfText(values: readonly string[]) {
  return z.string().meta({ enum: [...values] });
}

/** The values `oneOfText` attached to a schema, if any. */
export function knownTextValues(schema: z.ZodType): string[] | undefined {
  const values = (schema.meta() as { enum?: unknown } | undefined)?.enum;
  return Array.isArray(values) && values.every((value) => typeof value === 'string') ? values : undefined;
}
