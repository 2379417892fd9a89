import type { z } from 'zod';
import type { FieldSpec } from './form-model';

/** A value for a part the person adds (a list item, an optional fieldset): empty but of the right shape. */
export function emptyValue(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'string':
      return '';
    case 'number':
      return spec.min ?? 0;
    case 'boolean':
      return false;
    case 'enum':
      return spec.options[0] ?? '';
    case 'array':
      return [];
    case 'object':
      return Object.fromEntries(
        spec.fields
          .filter((field) => !field.spec.optional)
          .map((field) => [field.name, emptyValue(field.spec)]),
      );
    case 'union':
      return spec.variants[0] ? emptyValue(spec.variants[0]) : undefined;
    case 'json':
      return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which shape of a union a value has: the array one for a list, else the object sharing most keys. */
export function variantIndex(value: unknown, variants: readonly FieldSpec[]): number {
  if (Array.isArray(value))
    return Math.max(
      0,
      variants.findIndex((variant) => variant.kind === 'array'),
    );
  let best = 0;
  let bestScore = -1;
  variants.forEach((variant, index) => {
    if (variant.kind !== 'object' || !isRecord(value)) return;
    const score = variant.fields.reduce((total, field) => {
      const own = value[field.name];
      if (own === undefined) return total - (field.spec.optional ? 0 : 1);
      const fits =
        field.spec.kind !== 'enum' || (typeof own === 'string' && field.spec.options.includes(own));
      return total + (fits ? 2 : -2) + (field.spec.kind === 'array' && Array.isArray(own) ? 1 : 0);
    }, 0);
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

/**
 * The body as it will be sent: what a person left empty in an optional field is left out rather
 * than sent as `""` (an O2G reads an empty string as a value).
 */
export function cleanValue(value: unknown, spec: FieldSpec): unknown {
  if (value === undefined || value === null) return undefined;
  switch (spec.kind) {
    case 'string':
    case 'number':
      return value === '' && spec.optional ? undefined : value;
    case 'array':
      return Array.isArray(value) ? value.map((item) => cleanValue(item, spec.item) ?? null) : value;
    case 'object': {
      if (!isRecord(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [name, own] of Object.entries(value)) {
        const field = spec.fields.find((candidate) => candidate.name === name);
        const cleaned = field ? cleanValue(own, field.spec) : own;
        if (cleaned !== undefined) out[name] = cleaned;
      }
      return out;
    }
    case 'union': {
      const variant = spec.variants[variantIndex(value, spec.variants)];
      return variant ? cleanValue(value, variant) : value;
    }
    default:
      return value;
  }
}

/** One problem with the body, at a field, in words. */
export interface BodyProblem {
  /** Dotted path under the body, e.g. `forwardRoute.destinations.0.type`; empty for the body itself. */
  path: string;
  message: string;
}

/** Checks a body against its schema; every problem is reported at its field. */
export function checkBody(schema: z.ZodType, body: unknown): BodyProblem[] {
  const result = schema.safeParse(body);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** The value at a path of a JSON value. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isRecord(current)) current = current[String(key)];
    else return undefined;
  }
  return current;
}
