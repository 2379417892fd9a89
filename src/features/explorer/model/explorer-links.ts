/** Builds the explorer's links; the app's route table knows the URL shape, the feature does not. */
export type ExplorerHref = (
  serviceName?: string,
  operationId?: string,
  params?: Record<string, string>,
) => string;

/** Whether an operation or service matches what a person typed in the jump box (every word somewhere). */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = text.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
