import { z } from 'zod';
import { partyInfoSchema } from './telephony';

/** Leaf operations (wire spelling) and the fields a directory criterion may test. */
export const DIRECTORY_OPERATIONS = ['EQUAL_IGNORE_CASE', 'BEGIN_WITH', 'CONTAIN', 'END_WITH'] as const;
export const DIRECTORY_FIELDS = ['lastName', 'firstName', 'id.phoneNumber', 'id.loginName'] as const;

/** A leaf criterion: `field` `operation` `operand`. */
export interface DirectoryLeafCriterion {
  field: (typeof DIRECTORY_FIELDS)[number];
  operation: (typeof DIRECTORY_OPERATIONS)[number];
  operand: string;
}
/** An AND/OR node: no `field`, its `operand` is a list of criteria (nestable). */
export interface DirectoryCompositeCriterion {
  operation: 'AND' | 'OR';
  operand: DirectoryCriterion[];
}
/** A directory search criterion. */
export type DirectoryCriterion = DirectoryLeafCriterion | DirectoryCompositeCriterion;

/** A criterion, leaf or composite. */
export const directoryCriterionSchema: z.ZodType<DirectoryCriterion> = z.lazy(() =>
  z.union([
    z.object({
      field: z.enum(DIRECTORY_FIELDS),
      operation: z.enum(DIRECTORY_OPERATIONS),
      operand: z.string(),
    }),
    z.object({ operation: z.enum(['AND', 'OR']), operand: z.array(directoryCriterionSchema).min(1) }),
  ]),
);

/** Body of `POST …/directory/search` (answered 201). `limit` is 1..100 (default 100). */
export const directorySearchRequestSchema = z.object({
  filter: directoryCriterionSchema,
  limit: z.number().int().min(1).max(100).optional(),
});
/** Parsed search request. */
export type DirectorySearchRequest = z.infer<typeof directorySearchRequestSchema>;

/**
 * `NOK`: in progress, nothing yet; `OK`: a batch of results (poll again); `FINISH`: complete;
 * `TIMEOUT`: ended on timeout.
 */
export const DIRECTORY_RESULT_CODES = ['NOK', 'OK', 'FINISH', 'TIMEOUT'] as const;

/** Answer to `GET …/directory/search`: only the results new since the previous poll. */
export const directorySearchResultSchema = z.object({
  resultCode: z.string(),
  resultElements: z
    .array(z.object({ contacts: z.array(partyInfoSchema), directorySource: z.string().optional() }))
    .default([]),
});
/** Parsed search result batch. */
export type DirectorySearchResult = z.infer<typeof directorySearchResultSchema>;
