import type { ReadTarget } from './read-url';
import { underBase } from '../../../o2g/base-url';

export interface DirectorySearchProblems {
  operand?: string;
  limit?: string;
  actAs?: string;
}

/** What is wrong with a directory search before it is started; empty when it can start. */
export function checkDirectorySearch(
  typed: { operand: string; limit: string },
  target: ReadTarget,
): DirectorySearchProblems {
  const problems: DirectorySearchProblems = {};
  if (!typed.operand.trim()) problems.operand = 'Type what to search for.';
  const limit = Number(typed.limit);
  if (!/^\d+$/.test(typed.limit.trim()) || limit < 1 || limit > 100)
    problems.limit = 'A number from 1 to 100.';
  if (target.admin && !target.actAs)
    problems.actAs = 'Pick a login in "Act as": an administrator searches on behalf of a user.';
  return problems;
}

/** The search context's URL: one per session, and per user for an administrator. */
export function directorySearchUrl(baseUrl: string, target: ReadTarget): string {
  const url = underBase(baseUrl, '/directory/search');
  return target.admin && target.actAs ? `${url}?loginName=${encodeURIComponent(target.actAs)}` : url;
}
