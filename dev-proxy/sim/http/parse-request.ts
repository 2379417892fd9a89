import type { z } from 'zod';
import { SimError } from '../model/sim-error';

/** A zod failure as one line: `path: message` per issue. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** A request body checked against its contract schema, or a 400 that says what is wrong. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw new SimError('badRequest', `Invalid request body: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Query parameters checked against a schema, or a 400 that says what is wrong. */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const parsed = schema.safeParse(query ?? {});
  if (!parsed.success)
    throw new SimError('badRequest', `Invalid query parameters: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
