/**
 * What "Edit and resend" hands the explorer besides the link: the body of the request to edit. Links
 * never carry bodies (they may hold a password); this travels in the navigation's state, in memory, and
 * only from a request the O2G client had already redacted.
 */
export interface ExplorerDraft {
  operationId: string;
  body: unknown;
}

/** The navigation state that opens `operationId` with `body` in its form. */
export const draftState = (draft: ExplorerDraft) => ({ explorerDraft: draft });

/** The draft a navigation's state holds, if any. */
export function draftOf(state: unknown): ExplorerDraft | undefined {
  const draft = (state as { explorerDraft?: Partial<ExplorerDraft> } | null)?.explorerDraft;
  return typeof draft?.operationId === 'string' && 'body' in draft
    ? { operationId: draft.operationId, body: draft.body }
    : undefined;
}
