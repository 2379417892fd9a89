import type { ReadTarget } from './read-url';
import { actingAs } from '../../../o2g/act-as';
import type { DirectoryTarget } from '../../../o2g/directory';

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

/** Whose directory a search reads: the session's, as the administrator's "Act as" pick when there is one. */
export function directoryTargetOf(baseUrl: string, target: ReadTarget): DirectoryTarget {
  return { baseUrl, loginName: actingAs(target.admin, target.actAs) };
}
