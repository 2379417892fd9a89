import type { z } from 'zod';
import { knownTextValues } from '../../../o2g/contract/known-values';

/**
 * What the body form draws for one part of a request body, read from the contract's zod schema:
 * strings, numbers, switches, pickers, lists, fieldsets, a choice between shapes, or raw JSON for
 * what a form cannot show (records, deep recursion).
 */
export type FieldSpec = { optional: boolean; description?: string } & (
  | { kind: 'string'; suggestions?: string[] }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: string[] }
  | { kind: 'array'; item: FieldSpec }
  | { kind: 'object'; fields: { name: string; spec: FieldSpec }[] }
  | { kind: 'union'; variants: FieldSpec[] }
  | { kind: 'json' }
);

// The parts of a zod 4 definition the form reads; zod keeps them on `schema.def`.
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, string | number>;
  in?: z.ZodType;
  getter?: () => z.ZodType;
}
const defOf = (schema: z.ZodType): Def => schema.def;

// Recursive schemas (a directory criterion holds criteria) are cut here and edited as JSON below.
const MAX_DEPTH = 6;

/** The form description of a zod schema. */
export function describeSchema(schema: z.ZodType, depth = 0): FieldSpec {
  return describe(schema, depth, false);
}

function describe(schema: z.ZodType, depth: number, optional: boolean): FieldSpec {
  const def = defOf(schema);
  const description = (schema as { description?: string }).description;
  const base = { optional, ...(description ? { description } : {}) };
  if (depth > MAX_DEPTH) return { ...base, kind: 'json' };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return describe(def.innerType as z.ZodType, depth, true);
    case 'nullable':
    case 'readonly':
    case 'catch':
      return describe(def.innerType as z.ZodType, depth, optional);
    case 'pipe':
      return describe(def.in as z.ZodType, depth, optional);
    case 'lazy':
      return describe((def.getter as () => z.ZodType)(), depth + 1, optional);
    case 'string': {
      // Text the contract lists the values of (a forward's kind) is a picker, not a free text box.
      const known = knownTextValues(schema);
      return known ? { ...base, kind: 'enum', options: known } : { ...base, kind: 'string' };
    }
    case 'number': {
      // The definition says `number`: the schema is a ZodNumber, which knows its bounds.
      const number = schema as z.ZodNumber;
      return {
        ...base,
        kind: 'number',
        integer: Boolean(number.isInt),
        ...(Number.isFinite(number.minValue) ? { min: number.minValue as number } : {}),
        ...(Number.isFinite(number.maxValue) ? { max: number.maxValue as number } : {}),
      };
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'enum':
      return { ...base, kind: 'enum', options: Object.values(def.entries ?? {}).map(String) };
    case 'literal':
      return { ...base, kind: 'enum', options: (def.values ?? []).map(String) };
    case 'array':
      return { ...base, kind: 'array', item: describe(def.element as z.ZodType, depth + 1, false) };
    case 'object':
      return {
        ...base,
        kind: 'object',
        fields: Object.entries(def.shape ?? {}).map(([name, field]) => ({
          name,
          spec: describe(field, depth + 1, false),
        })),
      };
    case 'union':
      return describeUnion(
        (def.options ?? []).map((option) => describe(option, depth, false)),
        base,
      );
    default:
      return { ...base, kind: 'json' };
  }
}

/**
 * Unions the contract uses: a boolean or its text (`true`/`"true"`) is a switch; a few fixed words or
 * any text (`"VOICEMAIL"` or a number) is text with suggestions; fixed words only are a picker;
 * a number or digits is text; shapes that differ (an array or one object) are a choice of shape.
 */
function describeUnion(variants: FieldSpec[], base: { optional: boolean; description?: string }): FieldSpec {
  const kinds = new Set(variants.map((variant) => variant.kind));
  const words = variants.flatMap((variant) => (variant.kind === 'enum' ? variant.options : []));
  if (kinds.has('boolean') && [...kinds].every((kind) => kind === 'boolean' || kind === 'enum'))
    return { ...base, kind: 'boolean' };
  if ([...kinds].every((kind) => kind === 'enum'))
    return { ...base, kind: 'enum', options: [...new Set(words)] };
  if (
    kinds.has('string') &&
    [...kinds].every((kind) => kind === 'string' || kind === 'enum' || kind === 'number')
  )
    return { ...base, kind: 'string', ...(words.length ? { suggestions: words } : {}) };
  return { ...base, kind: 'union', variants };
}
